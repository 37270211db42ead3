UNWIND $numbers AS number
MATCH (r:Ruling {number: number})
OPTIONAL MATCH (c:Consolidation)-[:REPEALS {extent: 'FULL'}]->(r)
RETURN number, r.decidedOn AS decidedOn, collect(c.id) AS fullyRepealedBy
