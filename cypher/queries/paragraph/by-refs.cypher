UNWIND $refs AS ref
MATCH (p:Paragraph {ref: ref})
RETURN p {.ref, .lawId, .number, .subsection, .title, .validFrom, .validTo} AS paragraph
