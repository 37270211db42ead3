UNWIND $rows AS row
MERGE (a:Authority {code: row.code})
SET a.name = row.name, a.kind = row.type
