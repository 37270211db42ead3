// The practice cells (src/complaint-case/practice-cell.ts) of each filter row f of $filters,
// with their sizes: the head of every cells-*.cypher statement. f.cellLaw is the law, or "*"
// (the family that counts every case once) without one. Each further criterion is an optional
// section: a statement for one filter known in advance (the query planner's, practicePart in
// src/practice/practice.repository.ts) keeps only those the filter sets, since each is
// otherwise evaluated on every cell for nothing; a loader's batch of filters keeps all four.
UNWIND $filters AS f
MATCH (cell:PracticeCell {law: f.cellLaw})
WHERE true
{{#cellAuthority}}
  AND (f.authority IS NULL OR cell.authority = f.authority)
{{/cellAuthority}}
{{#cellArea}}
  AND (f.area IS NULL OR cell.area = f.area)
{{/cellArea}}
{{#cellFromYear}}
  AND (f.fromYear IS NULL OR cell.year >= f.fromYear)
{{/cellFromYear}}
{{#cellToYear}}
  AND (f.toYear IS NULL OR cell.year <= f.toYear)
{{/cellToYear}}
// A cell's size is its degree, read without visiting the cases; a cell emptied by a corrected
// record stays behind with size 0 and must not show up as a group.
WITH f, cell, COUNT { (cell)<-[:COUNTED_IN]-() } AS size
WHERE size > 0
