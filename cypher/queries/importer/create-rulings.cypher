// Rulings not yet stored (stored-ruling-numbers said so, in the same transaction): plain CREATE,
// with nothing stale to look for. A ruling may cite one created by an earlier row: Cypher
// completes the CREATE clause for all rows before the MATCH of a later clause reads.
UNWIND $rows AS row
CREATE (r:Ruling {number: row.number})
SET r.title = row.title, r.summary = row.summary, r.decidedOn = row.decidedOn,
    r.datePrecision = row.datePrecision, r.area = row.area, r.eli = row.eli,
    r.accessionNumber = row.accessionNumber, r.publishedOn = row.publishedOn, r.keywords = row.keywords,
    r.fullText = row.fullText, r.sourcesJson = row.sourcesJson
WITH r, row
CALL (r, row) {
  UNWIND row.paragraphs AS ref
  MATCH (p:Paragraph {ref: ref})
  CREATE (r)-[:INTERPRETS]->(p)
}
CALL (r, row) {
  UNWIND row.cites AS number
  MATCH (cited:Ruling {number: number})
  CREATE (r)-[:CITES]->(cited)
}
CALL (r, row) {
  UNWIND row.laws AS lawId
  MATCH (l:Law {id: lawId})
  CREATE (r)-[:CONCERNS_LAW]->(l)
}
