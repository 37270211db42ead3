// A stored paragraph as an import record (with the paragraphs it succeeds), so a succession can
// be added by writing the record again with one more predecessor.
MATCH (p:Paragraph {ref: $ref})
RETURN p {
  .ref, .title, .validFrom, .validTo,
  replaces: COLLECT { MATCH (old:Paragraph)-[:SUCCEEDED_BY]->(p) RETURN old.ref ORDER BY old.ref }
} AS paragraph
