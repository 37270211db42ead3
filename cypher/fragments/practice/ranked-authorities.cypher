// The authorities of each filter ranked and cut as it asks (f.orderBy, f.first, f.minOnMerits),
// from rows of key (the filter's), code (an authority's), outcome and n (its cases with that
// outcome); by-authority.cypher counts them from the cases, cells-by-authority.cypher from cells.
// allOnMerits / allReversed are over every authority of the filter, before the cut: the
// national rate when the filter has no authority restriction.
WITH key, code,
     sum(n) AS decided,
     sum(CASE outcome WHEN 'DISMISSED' THEN n ELSE 0 END) AS dismissed,
     sum(CASE WHEN {{> practice/reversed outcome=outcome}} THEN n ELSE 0 END) AS reversed
WITH key, code, decided, decided - dismissed AS onMerits, reversed
WITH key, code, decided, onMerits, reversed,
     {{> practice/reversal-rate reversed=reversed onMerits=onMerits}} AS rate
WITH key, sum(onMerits) AS allOnMerits, sum(reversed) AS allReversed,
     collect({code: code, decided: decided, onMerits: onMerits, reversed: reversed, rate: rate}) AS groups
WITH key, allOnMerits, allReversed, groups, [x IN $filters WHERE x.key = key][0] AS f
UNWIND groups AS g
WITH key, allOnMerits, allReversed, f, g
WHERE g.onMerits >= f.minOnMerits
// Ascending order puts null (no case on the merits) last; negating gives the descending orders.
WITH key, allOnMerits, allReversed, f, g,
     CASE f.orderBy
       WHEN 'REVERSAL_RATE_ASC' THEN g.rate
       WHEN 'REVERSAL_RATE_DESC' THEN -g.rate
       ELSE -toFloat(g.decided)
     END AS sortValue
// Not ordered by key: collect keeps each key's rows in the order they come. With key first, the
// planner sorts by key early and then sorts each key's rows by a PartialSort, which charges every
// row with the whole of what the row holds: in a planner statement that reads the cells once for
// several aggregations (src/graphql/planner/practice-fields.ts), that is the list of cells, and
// 98 authorities' rows took a 512 MB test server's transaction memory (QUERY_TOO_LARGE).
ORDER BY sortValue, g.decided DESC, g.code
WITH key, allOnMerits, allReversed, f, collect(g) AS ordered
// The cut's authorities looked up in its order, by a subquery per entry rather than UNWIND,
// MATCH and ORDER BY position (a second PartialSort, for the same reason).
RETURN key, allOnMerits, allReversed, [g IN ordered[0..f.first] | {
  authority: COLLECT { MATCH (a:Authority {code: g.code}) RETURN {{> projection/authority node=a}} }[0],
  decided: g.decided, onMerits: g.onMerits, reversed: g.reversed, reversalRate: g.rate
}] AS authorities
