UNWIND $ids AS id
MATCH (c:Consolidation {id: id})
RETURN {{> projection/consolidation node=c}} AS consolidation
