// Floor for searchRulings: the best $limit hits of the ruling_text index (keyset order of
// cypher/queries/ruling-list/search.cypher: score descending, then number).
CALL db.index.fulltext.queryNodes('ruling_text', $query) YIELD node AS r, score
WITH r, score ORDER BY score DESC, r.number LIMIT toInteger($limit)
RETURN collect({score: score, node: {number: r.number, title: r.title}}) AS edges
