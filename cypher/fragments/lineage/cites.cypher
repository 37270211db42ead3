// Ruling.cites: a subquery body on ruling {{ruling}} that yields one row, `value`, the rulings
// it cites (relies on), oldest first (RulingRecord[]).
WITH {{ruling}} AS r
RETURN COLLECT {
  MATCH (r)-[:CITES]->(cited:Ruling)
  RETURN {{> projection/ruling node=cited}} AS ruling
  ORDER BY cited.decidedOn, cited.number
} AS value
