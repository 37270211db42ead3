UNWIND $rows AS row
MERGE (r:ReversalReason {code: row.code})
SET r.label = row.label
