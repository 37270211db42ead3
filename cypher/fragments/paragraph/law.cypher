// Paragraph.law: a subquery body on paragraph {{paragraph}} that yields one row, `value`, the law
// it belongs to (LawRecord), or null.
WITH {{paragraph}} AS p
OPTIONAL MATCH (l:Law {id: p.lawId})
RETURN CASE WHEN l IS NULL THEN null ELSE {{> projection/law node=l}} END AS value
