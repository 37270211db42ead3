// ISSUED and REPEALS as the record states them, and the derived REPLACES shortcut (each issued
// ruling replaces each repealed one) kept in step in the same transaction, never by hand.
UNWIND $rows AS row
MERGE (c:Consolidation {id: row.id})
SET c.title = row.title, c.decidedOn = row.decidedOn, c.datePrecision = row.datePrecision,
    c.kind = row.type, c.containsNewPractice = row.containsNewPractice, c.sourcesJson = row.sourcesJson
WITH c, row
// Every REPLACES of c starts at a ruling c ISSUED (both are written here together), so the stale
// ones are found from c's ISSUED links, before those are pruned: a scan of every REPLACES in the
// graph per consolidation made the import quadratic in the number of consolidations.
CALL (c, row) {
  MATCH (c)-[:ISSUED]->(new:Ruling)-[stale:REPLACES {consolidation: c.id}]->(old:Ruling)
  WHERE NOT new.number IN row.issued OR NOT old.number IN [repeal IN row.repeals | repeal.ruling]
  DELETE stale
}
CALL (c, row) {
  MATCH (c)-[stale:ISSUED]->(r:Ruling) WHERE NOT r.number IN row.issued
  DELETE stale
}
CALL (c, row) {
  MATCH (c)-[stale:REPEALS]->(r:Ruling) WHERE NOT r.number IN [repeal IN row.repeals | repeal.ruling]
  DELETE stale
}
CALL (c, row) {
  UNWIND row.issued AS number
  MATCH (r:Ruling {number: number})
  MERGE (c)-[:ISSUED]->(r)
}
CALL (c, row) {
  UNWIND row.repeals AS repeal
  MATCH (old:Ruling {number: repeal.ruling})
  MERGE (c)-[x:REPEALS]->(old)
  SET x.extent = repeal.extent
  WITH c, row, old, repeal
  UNWIND row.issued AS number
  MATCH (new:Ruling {number: number})
  MERGE (new)-[replaces:REPLACES {consolidation: c.id}]->(old)
  SET replaces.extent = repeal.extent, replaces.on = c.decidedOn
}
