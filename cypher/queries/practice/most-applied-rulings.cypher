// The principle rulings applied most often in the reversed cases of each filter, the first
// f.first of them (see totals.cypher for how the access path is set). Ties by ruling number.
UNWIND $filters AS f
MATCH (c:ComplaintCase)
WITH f, c
WITH f, c
WHERE {{> practice/reversed outcome=c.outcome}}
MATCH (c)-[:APPLIED]->(r:Ruling)
WITH f.key AS key, r, count(*) AS n
ORDER BY key, n DESC, r.number
WITH key, collect({ruling: r, count: n}) AS ranked
WITH key, ranked[0..[x IN $filters WHERE x.key = key][0].first] AS top
UNWIND range(0, size(top) - 1) AS position
WITH key, position, top[position].ruling AS r, top[position].count AS n
ORDER BY key, position
RETURN key, collect({
  ruling: {{> projection/ruling node=r}},
  count: n
}) AS rulings
