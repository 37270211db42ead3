// Reasons for reversal among the reversed cases of each filter (see totals.cypher for how the
// access path is set). share = cases with the reason / reversed cases; a case may carry several
// reasons, and reasons are only registered since 2019.
UNWIND $filters AS f
MATCH (c:ComplaintCase)
WITH f, c
WITH f, c
WHERE {{> practice/reversed outcome=c.outcome}}
WITH f.key AS key, collect(c) AS reversedCases
WITH key, reversedCases, size(reversedCases) AS reversed
UNWIND reversedCases AS c
MATCH (c)-[:REVERSED_FOR]->(r:ReversalReason)
WITH key, reversed, r, count(*) AS n
ORDER BY key, n DESC, r.code
RETURN key, reversed, collect({reason: r {.code, .label}, count: n, share: toFloat(n) / reversed}) AS reasons
