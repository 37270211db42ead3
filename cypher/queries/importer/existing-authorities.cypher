UNWIND $keys AS key
MATCH (n:Authority {code: key})
RETURN key
