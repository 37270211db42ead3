// The rulings each consolidation repealed, with the extent of each repeal.
UNWIND $ids AS id
MATCH (c:Consolidation {id: id})
RETURN id, COLLECT {
  MATCH (c)-[x:REPEALS]->(r:Ruling)
  RETURN {ruling: {{> projection/ruling node=r}}, extent: x.extent} AS repeal
  ORDER BY r.decidedOn, r.number
} AS repeals
