UNWIND $numbers AS number
MATCH (r:Ruling {number: number})-[:INTERPRETS]->(p:Paragraph)
WITH number, p ORDER BY p.lawId, p.sortKey, p.ref
RETURN number, collect({{> projection/paragraph node=p}}) AS paragraphs
