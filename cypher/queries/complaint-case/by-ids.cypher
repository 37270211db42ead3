// Complaint cases by id (for node(id)), with the keys of what they link to, as
// cases-applying-rulings.cypher returns them.
UNWIND $ids AS id
MATCH (c:ComplaintCase {id: id})
RETURN c {
  .id, .receivedOn, .decidedOn, .outcome, .outcomes, .area,
  authorityCode: COLLECT { MATCH (c)-[:AGAINST]->(a:Authority) RETURN a.code }[0],
  paragraphRefs: COLLECT { MATCH (c)-[:CONCERNS]->(p:Paragraph) RETURN p.ref ORDER BY p.lawId, p.sortKey, p.ref },
  rulingNumbers: COLLECT { MATCH (c)-[:APPLIED]->(x:Ruling) RETURN x.number ORDER BY x.decidedOn, x.number },
  reasonCodes: COLLECT { MATCH (c)-[:REVERSED_FOR]->(x:ReversalReason) RETURN x.code ORDER BY x.code }
} AS complaintCase
