UNWIND $ids AS id
MATCH (l:Law {id: id})
RETURN l {.id, .title, .shortTitle, .eli} AS law
