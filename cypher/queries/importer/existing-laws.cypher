UNWIND $keys AS key
MATCH (n:Law {id: key})
RETURN key
