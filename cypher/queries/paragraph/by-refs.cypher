UNWIND $refs AS ref
MATCH (p:Paragraph {ref: ref})
RETURN {{> projection/paragraph node=p}} AS paragraph
