UNWIND $refs AS ref
MATCH (p:Paragraph {ref: ref})
WHERE EXISTS { (p)-[:SUCCEEDED_BY]->+(p) }
RETURN p.ref AS ref
