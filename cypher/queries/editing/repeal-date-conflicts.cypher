// After rulings are (re)written: a consolidation that repeals one of them may not be dated before
// it. The importer checks this for new repeals; a ruling whose decidedOn moves later is caught here.
UNWIND $numbers AS number
MATCH (c:Consolidation)-[:REPEALS]->(r:Ruling {number: number})
WHERE c.decidedOn < r.decidedOn
RETURN r.number AS number, r.decidedOn AS decidedOn, c.id AS consolidation, c.decidedOn AS consolidationDate
ORDER BY number, consolidation
