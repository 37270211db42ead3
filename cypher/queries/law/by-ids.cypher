UNWIND $ids AS id
MATCH (l:Law {id: id})
RETURN {{> projection/law node=l}} AS law
