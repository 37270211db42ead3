// The paragraphs of each law, in paragraph order (sortKey: § 5 < § 5a < § 41 < § 112 stk. 1),
// for many laws in one statement; from the paragraph_law_id index.
UNWIND $ids AS id
CALL (id) {
  MATCH (p:Paragraph)
  WHERE p.lawId = id
  RETURN {{> projection/paragraph node=p}} AS paragraph
  ORDER BY p.sortKey, p.ref
}
RETURN id, collect(paragraph) AS paragraphs
