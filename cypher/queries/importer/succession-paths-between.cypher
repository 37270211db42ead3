// Paragraphs reachable through stored succession from the paragraphs an import touches.
UNWIND $refs AS ref
MATCH (a:Paragraph {ref: ref})-[:SUCCEEDED_BY]->+(b:Paragraph)
RETURN DISTINCT a.ref AS from, b.ref AS to
