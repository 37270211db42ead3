// Run inside the writing transaction: a cycle found here rolls the whole batch back.
UNWIND $numbers AS number
MATCH (r:Ruling {number: number})
WHERE EXISTS { (r)-[:REPLACES]->+(r) }
RETURN r.number AS number
