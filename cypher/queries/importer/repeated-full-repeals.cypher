// Run inside the writing transaction, under the editing lock: a ruling fully repealed by two
// consolidations (one of them committed by an editor after this import's first pass) rolls the
// whole batch back.
UNWIND $numbers AS number
MATCH (r:Ruling {number: number})
WHERE COUNT { (:Consolidation)-[:REPEALS {extent: 'FULL'}]->(r) } > 1
RETURN r.number AS number
