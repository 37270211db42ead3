// totals.cypher computed from practice cells (src/complaint-case/practice-cell.ts) instead of
// cases, for filters cells can answer: no paragraph, and decision dates on whole years. f.cellLaw
// is the law, or "*" (the family that counts every case once) without one. Everything after the
// grouping line is the same text as in totals.cypher (a unit test holds them together).
UNWIND $filters AS f
MATCH (cell:PracticeCell {law: f.cellLaw})
WHERE (f.authority IS NULL OR cell.authority = f.authority)
  AND (f.area IS NULL OR cell.area = f.area)
  AND (f.fromYear IS NULL OR cell.year >= f.fromYear)
  AND (f.toYear IS NULL OR cell.year <= f.toYear)
// A cell's size is its degree, read without visiting the cases; a cell emptied by a corrected
// record stays behind with size 0 and must not show up as a group.
WITH f, cell, COUNT { (cell)<-[:COUNTED_IN]-() } AS size
WHERE size > 0
// Join line: the planner reads the cells once for several of these statements (practice-fields.ts).
WITH f, cell, size
WITH f.key AS key, cell.outcome AS outcome, sum(size) AS n
WITH key,
     sum(n) AS decided,
     sum(CASE outcome WHEN 'UPHELD' THEN n ELSE 0 END) AS upheld,
     sum(CASE outcome WHEN 'CHANGED' THEN n ELSE 0 END) AS changed,
     sum(CASE outcome WHEN 'ANNULLED' THEN n ELSE 0 END) AS annulled,
     sum(CASE outcome WHEN 'REMANDED' THEN n ELSE 0 END) AS remanded,
     sum(CASE outcome WHEN 'DISMISSED' THEN n ELSE 0 END) AS dismissed
// Dismissed cases are not decided on the merits, so the rate leaves them out.
WITH key, decided, upheld, changed, annulled, remanded, dismissed,
     decided - dismissed AS onMerits, changed + annulled + remanded AS reversed
RETURN key, decided, onMerits, reversed,
       {{> practice/reversal-rate reversed=reversed onMerits=onMerits}} AS reversalRate,
       {upheld: upheld, changed: changed, annulled: annulled, remanded: remanded, dismissed: dismissed} AS outcomes
