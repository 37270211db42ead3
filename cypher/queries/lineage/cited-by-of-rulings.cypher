// The rulings that cite each ruling, oldest first.
UNWIND $numbers AS number
MATCH (r:Ruling {number: number})
RETURN number, COLLECT {
  MATCH (citing:Ruling)-[:CITES]->(r)
  RETURN {{> projection/ruling node=citing}} AS ruling
  ORDER BY citing.decidedOn, citing.number
} AS rulings
