UNWIND $rows AS row
MERGE (l:Law {id: row.id})
SET l.title = row.title, l.shortTitle = row.shortTitle, l.eli = row.eli
