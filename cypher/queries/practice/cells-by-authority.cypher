// by-authority.cypher computed from practice cells; see cells-totals.cypher.
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
WITH f.key AS key, cell.authority AS code, cell.outcome AS outcome, sum(size) AS n
{{> practice/ranked-authorities}}
