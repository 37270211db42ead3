UNWIND $codes AS code
MATCH (r:ReversalReason {code: code})
RETURN r {.code, .label} AS reason
