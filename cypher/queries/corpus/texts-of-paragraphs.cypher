UNWIND $refs AS ref
MATCH (p:Paragraph {ref: ref})
RETURN ref, p.label AS label, p.chapter AS chapter, p.subsectionsJson AS subsectionsJson, p.footnotes AS footnotes, p.repealed AS repealed
