// One page of full-text hits on ruling_text (Danish analyzer over number, title and summary),
// in the order asked (src/ruling-list/ruling-order.ts), forward or backward: {{seek}} and
// {{orderBy}} are filled in by src/graphql/keyset.ts, the cursor's values are $cursor. By
// relevance, ties go to the ruling that is good law on $asOf: standing 0 in force, 1 partly
// repealed, 2 not yet issued, 3 repealed; then the newest. $query is already a Lucene query
// with every special character of the user's text escaped. Filters: cypher/fragments/ruling-list/hit-filters.cypher;
// the status rule is cypher/fragments/status/kind.cypher.
// Nodes reached from a bound one carry no label (rulings from a paragraph, consolidations from
// a ruling): the relationship type implies it, and a label lets the planner start from that
// label's date index instead, which it did here: every ruling read once per paragraph.
CALL db.index.fulltext.queryNodes('ruling_text', $query) YIELD node AS r, score
WHERE {{> ruling-list/hit-filters ruling=r}}
// With $window (by relevance, reading forward, no status filter) only the best hits can make
// the page, so the status (two repeal lookups per hit) is worked out for those alone: every
// hit beyond the cursor's score ranks after the $limit-th best of them, ties included. The
// hits come in score order; the page's own order is the ORDER BY below.
WITH r, score ORDER BY score DESC
WITH collect({ruling: r, score: score}) AS hits
WITH hits, CASE WHEN $window THEN [hit IN hits WHERE $cursor IS NULL OR hit.score < $cursor[0]][$limit - 1].score END AS cutoff
UNWIND hits AS hit
WITH hit.ruling AS r, hit.score AS score
WHERE cutoff IS NULL OR (score >= cutoff AND ($cursor IS NULL OR score <= $cursor[0]))
WITH r, score, {{> status/kind ruling=r asOf=$asOf}} AS status
WHERE $statuses IS NULL OR status IN $statuses
WITH r, score, CASE status WHEN 'IN_FORCE' THEN 0 WHEN 'PARTIALLY_REPEALED' THEN 1 WHEN 'NOT_YET_ISSUED' THEN 2 ELSE 3 END AS standing
WHERE {{seek}}
// The full text only for snippets ($snippets): it can be long, and nothing else reads it.
RETURN {{> projection/ruling node=r}} AS ruling, score, standing, CASE WHEN $snippets THEN r.fullText END AS fullText
ORDER BY {{orderBy}}
LIMIT $limit
