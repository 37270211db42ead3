UNWIND $keys AS key
MATCH (n:Paragraph {ref: key})
RETURN key
