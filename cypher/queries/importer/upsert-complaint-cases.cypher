// outcome is the registered one (precedence applied by the importer); outcomes keeps them all.
// Denormalised for practice statistics, and rewritten with the case every time so they cannot
// drift: authorityCode mirrors AGAINST, and COUNTED_IN links the case to the practice cells that
// count it, one per law of its paragraphs and one of all laws (row.cells, keys of cells that
// merge-practice-cells wrote just before; see src/complaint-case/practice-cell.ts).
// This statement corrects stored cases (stored-complaint-case-ids); new ones take
// create-complaint-cases, which writes the same without MERGE or stale-link lookups.
UNWIND $rows AS row
MATCH (a:Authority {code: row.authority})
MERGE (c:ComplaintCase {id: row.id})
SET c.receivedOn = row.receivedOn, c.decidedOn = row.decidedOn, c.outcome = row.outcome,
    c.outcomes = row.outcomes, c.area = row.area, c.authorityCode = row.authority
WITH c, row, a
CALL (c, a) {
  MATCH (c)-[stale:AGAINST]->(other:Authority) WHERE other <> a
  DELETE stale
}
CALL (c, row) {
  MATCH (c)-[stale:CONCERNS|APPLIED|REVERSED_FOR]->(n)
  WHERE NOT (coalesce(n.ref, n.number, n.code) IN (row.paragraphs + row.applied + row.reasons))
  DELETE stale
}
CALL (c, row) {
  MATCH (c)-[stale:COUNTED_IN]->(cell:PracticeCell)
  WHERE NOT cell.key IN row.cells
  DELETE stale
}
MERGE (c)-[:AGAINST]->(a)
WITH c, row
CALL (c, row) {
  UNWIND row.cells AS key
  MATCH (cell:PracticeCell {key: key})
  MERGE (c)-[:COUNTED_IN]->(cell)
}
CALL (c, row) {
  UNWIND row.paragraphs AS ref
  MATCH (p:Paragraph {ref: ref})
  MERGE (c)-[:CONCERNS]->(p)
}
CALL (c, row) {
  UNWIND row.applied AS number
  MATCH (r:Ruling {number: number})
  MERGE (c)-[:APPLIED]->(r)
}
CALL (c, row) {
  UNWIND row.reasons AS code
  MATCH (reason:ReversalReason {code: code})
  MERGE (c)-[:REVERSED_FOR]->(reason)
}
