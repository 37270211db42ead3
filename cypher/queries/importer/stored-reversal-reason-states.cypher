// What an import compares a reversal-reason record with.
MATCH (r:ReversalReason) WHERE r.code IN $keys
RETURN r.code AS key, r {.label} AS state
