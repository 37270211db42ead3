// Rulings reachable through stored lineage from the rulings an import touches: with the
// import's own edges they reveal a cycle that neither side holds alone.
UNWIND $numbers AS number
MATCH (a:Ruling {number: number})-[:REPLACES]->+(b:Ruling)
RETURN DISTINCT a.number AS from, b.number AS to
