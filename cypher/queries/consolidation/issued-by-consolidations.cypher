// The rulings each consolidation issued.
UNWIND $ids AS id
MATCH (c:Consolidation {id: id})
RETURN id, COLLECT {
  MATCH (c)-[:ISSUED]->(r:Ruling)
  RETURN {{> projection/ruling node=r}} AS ruling
  ORDER BY r.decidedOn, r.number
} AS rulings
