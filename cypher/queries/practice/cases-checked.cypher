// The criteria of a filter that its access path does not already guarantee (f.check, set by
// src/practice/practice-statement.ts). Composed after the access path only when there are any:
// evaluated on every row, even an empty check costs a third of a national scan.
UNWIND $filters AS f
MATCH (c:ComplaintCase)
WITH f, c
WHERE (f.check.authority IS NULL OR c.authorityCode = f.check.authority)
  AND (f.check.area IS NULL OR c.area = f.check.area)
  AND (f.check.decidedFrom IS NULL OR c.decidedOn >= f.check.decidedFrom)
  AND (f.check.decidedTo IS NULL OR c.decidedOn <= f.check.decidedTo)
  AND (f.check.law IS NULL OR EXISTS { (c)-[:COUNTED_IN]->(:PracticeCell {law: f.check.law}) })
RETURN f.key AS key, c.id AS caseId
