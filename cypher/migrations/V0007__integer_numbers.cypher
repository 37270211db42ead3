// Paragraph subsections and practice-cell years are integers. The driver sends every JavaScript
// number as a float, so the transactional importer wrote subsections as 1.0 until its
// statements converted them (toInteger), while the bulk load (neo4j-admin) writes integers; this
// gives graphs imported before the same types. A no-op where done.
MATCH (p:Paragraph) WHERE valueType(p.subsection) STARTS WITH 'FLOAT'
SET p.subsection = toInteger(p.subsection);
MATCH (cell:PracticeCell) WHERE valueType(cell.year) STARTS WITH 'FLOAT'
SET cell.year = toInteger(cell.year);
