// Ruling.paragraphs: a subquery body on ruling {{ruling}} that yields one row, `value`, the
// paragraphs it interprets in law order (ParagraphRecord[]).
WITH {{ruling}} AS r
RETURN COLLECT {
  MATCH (r)-[:INTERPRETS]->(p:Paragraph)
  RETURN {{> projection/paragraph node=p}} AS paragraph
  ORDER BY p.lawId, p.sortKey, p.ref
} AS value
