// A stored complaint case as an import record, so a correction can be merged into it and written
// whole through the importer's statement, which also moves the case between practice cells.
MATCH (c:ComplaintCase {id: $id})
RETURN c {
  .id, .receivedOn, .decidedOn, .outcomes, .area,
  authority: COLLECT { MATCH (c)-[:AGAINST]->(a:Authority) RETURN a.code }[0],
  paragraphs: COLLECT { MATCH (c)-[:CONCERNS]->(p:Paragraph) RETURN p.ref ORDER BY p.ref },
  applied: COLLECT { MATCH (c)-[:APPLIED]->(r:Ruling) RETURN r.number ORDER BY r.number },
  reasons: COLLECT { MATCH (c)-[:REVERSED_FOR]->(x:ReversalReason) RETURN x.code ORDER BY x.code }
} AS complaintCase
