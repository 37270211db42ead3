// The consolidation that issued each ruling, for rulings issued by one.
UNWIND $numbers AS number
MATCH (c:Consolidation)-[:ISSUED]->(r:Ruling {number: number})
RETURN number, {{> projection/consolidation node=c}} AS consolidation
ORDER BY c.decidedOn, c.id
