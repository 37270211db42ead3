// The consolidation that issued each ruling, for rulings issued by one.
UNWIND $numbers AS number
MATCH (c:Consolidation)-[:ISSUED]->(r:Ruling {number: number})
RETURN number, c {.id, .title, .decidedOn, .datePrecision, .kind, .containsNewPractice} AS consolidation
ORDER BY c.decidedOn, c.id
