// A succession takes effect when the new paragraph comes into force.
UNWIND $rows AS row
MATCH (new:Paragraph {ref: row.ref})
UNWIND row.replaces AS oldRef
MATCH (old:Paragraph {ref: oldRef})
MERGE (old)-[s:SUCCEEDED_BY]->(new)
SET s.on = row.validFrom
