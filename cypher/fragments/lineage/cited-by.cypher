// Ruling.citedBy: a subquery body on ruling {{ruling}} that yields one row, `value`, the rulings
// that cite it, oldest first (RulingRecord[]).
WITH {{ruling}} AS r
RETURN COLLECT {
  MATCH (citing:Ruling)-[:CITES]->(r)
  RETURN {{> projection/ruling node=citing}} AS ruling
  ORDER BY citing.decidedOn, citing.number
} AS value
