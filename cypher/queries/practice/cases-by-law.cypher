// Access path: the cases concerning any paragraph of one law, each once: a case is COUNTED_IN
// exactly one practice cell of each law of its paragraphs (src/complaint-case/practice-cell.ts).
UNWIND $filters AS f
MATCH (:PracticeCell {law: f.law})<-[:COUNTED_IN]-(c)
WITH f, c
RETURN f.key AS key, c.id AS caseId
