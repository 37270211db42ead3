// A record states the ruling's paragraphs and citations in full, so links it no longer lists go.
UNWIND $rows AS row
MATCH (r:Ruling {number: row.number})
CALL (r, row) {
  MATCH (r)-[stale:INTERPRETS]->(p:Paragraph) WHERE NOT p.ref IN row.paragraphs
  DELETE stale
}
CALL (r, row) {
  MATCH (r)-[stale:CITES]->(cited:Ruling) WHERE NOT cited.number IN row.cites
  DELETE stale
}
CALL (r, row) {
  MATCH (r)-[stale:CONCERNS_LAW]->(l:Law) WHERE NOT l.id IN row.laws
  DELETE stale
}
CALL (r, row) {
  UNWIND row.laws AS lawId
  MATCH (l:Law {id: lawId})
  MERGE (r)-[:CONCERNS_LAW]->(l)
}
CALL (r, row) {
  UNWIND row.paragraphs AS ref
  MATCH (p:Paragraph {ref: ref})
  MERGE (r)-[:INTERPRETS]->(p)
}
CALL (r, row) {
  UNWIND row.cites AS number
  MATCH (cited:Ruling {number: number})
  MERGE (r)-[:CITES]->(cited)
}
