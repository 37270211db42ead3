// Every repeal of each ruling, whatever its date, oldest first.
UNWIND $numbers AS number
MATCH (r:Ruling {number: number})
RETURN number, COLLECT {
  MATCH (c:Consolidation)-[x:REPEALS]->(r)
  RETURN {
    consolidation: {{> projection/consolidation node=c}},
    extent: x.extent,
    on: c.decidedOn
  } AS repeal
  ORDER BY c.decidedOn, c.id
} AS repeals
