UNWIND $rows AS row
MATCH (l:Law {id: row.lawId})
MERGE (p:Paragraph {ref: row.ref})
SET p.lawId = row.lawId, p.number = row.number, p.subsection = toInteger(row.subsection), p.sortKey = row.sortKey,
    p.title = row.title, p.validFrom = row.validFrom, p.validTo = row.validTo
MERGE (p)-[:PART_OF]->(l)
