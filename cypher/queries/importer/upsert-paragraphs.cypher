UNWIND $rows AS row
MATCH (l:Law {id: row.lawId})
MERGE (p:Paragraph {ref: row.ref})
SET p.lawId = row.lawId, p.number = row.number, p.subsection = toInteger(row.subsection), p.sortKey = row.sortKey,
    p.title = row.title, p.validFrom = row.validFrom, p.validTo = row.validTo,
    p.label = row.label, p.chapter = row.chapter, p.subsectionsJson = row.subsectionsJson,
    p.footnotes = row.footnotes, p.repealed = row.repealed
MERGE (p)-[:PART_OF]->(l)
