// Complaint cases not yet stored (stored-complaint-case-ids said so, in the same transaction):
// plain CREATE of the node and its links, with no stale link to look for. The properties and
// links are exactly those upsert-complaint-cases writes; their practice cells exist already
// (merge-practice-cells).
UNWIND $rows AS row
MATCH (a:Authority {code: row.authority})
CREATE (c:ComplaintCase {id: row.id})
SET c.receivedOn = row.receivedOn, c.decidedOn = row.decidedOn, c.outcome = row.outcome,
    c.outcomes = row.outcomes, c.area = row.area, c.authorityCode = row.authority
CREATE (c)-[:AGAINST]->(a)
WITH c, row
CALL (c, row) {
  UNWIND row.cells AS key
  MATCH (cell:PracticeCell {key: key})
  CREATE (c)-[:COUNTED_IN]->(cell)
}
CALL (c, row) {
  UNWIND row.paragraphs AS ref
  MATCH (p:Paragraph {ref: ref})
  CREATE (c)-[:CONCERNS]->(p)
}
CALL (c, row) {
  UNWIND row.applied AS number
  MATCH (r:Ruling {number: number})
  CREATE (c)-[:APPLIED]->(r)
}
CALL (c, row) {
  UNWIND row.reasons AS code
  MATCH (reason:ReversalReason {code: code})
  CREATE (c)-[:REVERSED_FOR]->(reason)
}
