UNWIND $keys AS key
MATCH (n:ReversalReason {code: key})
RETURN key
