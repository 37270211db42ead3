// What an import compares a consolidation record with. REPLACES is derived from ISSUED and
// REPEALS (and the date) in the same write, so it needs no comparison of its own.
MATCH (c:Consolidation) WHERE c.id IN $keys
RETURN c.id AS key,
       c {.title, .decidedOn, .datePrecision, .kind, .containsNewPractice, .sourcesJson,
          issued: [(c)-[:ISSUED]->(r:Ruling) | r.number],
          repeals: [(c)-[x:REPEALS]->(r:Ruling) | r.number + ' ' + x.extent]} AS state
