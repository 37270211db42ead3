// The rulings each ruling cites (relies on), oldest first.
UNWIND $numbers AS number
MATCH (r:Ruling {number: number})
RETURN number, COLLECT {
  MATCH (r)-[:CITES]->(cited:Ruling)
  RETURN cited {.number, .title, .summary, .decidedOn, .datePrecision, .area, .eli} AS ruling
  ORDER BY cited.decidedOn, cited.number
} AS rulings
