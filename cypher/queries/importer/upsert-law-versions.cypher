// Versions are history: a law's record never lists them, so none is removed by a later import.
UNWIND $rows AS row
MATCH (l:Law {id: row.lawId})
MERGE (v:LawVersion {eli: row.eli})
SET v.lawId = row.lawId, v.accessionNumber = row.accessionNumber, v.documentType = row.documentType,
    v.title = row.title, v.shortTitle = row.shortTitle, v.documentDate = row.documentDate,
    v.startDate = row.startDate, v.inForce = row.inForce, v.endedOn = row.endedOn,
    v.consolidates = row.consolidates, v.changedBy = row.changedBy
WITH v, l
CALL (v, l) {
  MATCH (v)-[stale:VERSION_OF]->(other:Law) WHERE other <> l
  DELETE stale
}
MERGE (v)-[:VERSION_OF]->(l)
