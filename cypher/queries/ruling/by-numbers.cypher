UNWIND $numbers AS number
MATCH (r:Ruling {number: number})
RETURN {{> projection/ruling node=r}} AS ruling
