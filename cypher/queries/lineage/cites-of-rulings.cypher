// The rulings each ruling cites (relies on), oldest first.
UNWIND $numbers AS number
MATCH (r:Ruling {number: number})
RETURN number, COLLECT {
  MATCH (r)-[:CITES]->(cited:Ruling)
  RETURN {{> projection/ruling node=cited}} AS ruling
  ORDER BY cited.decidedOn, cited.number
} AS rulings
