UNWIND $ids AS id
MATCH (c:Consolidation {id: id})
RETURN c.id AS id
