// The totals per authority, ordered and cut as each filter asks (f.orderBy, f.first,
// f.minOnMerits); see totals.cypher for how the access path is set. Grouped by the
// authorityCode the importer mirrors from AGAINST: a property read per case, not a hop.
// allOnMerits / allReversed are over every authority of the filter, before the cut: the
// national rate when the filter has no authority restriction.
UNWIND $filters AS f
MATCH (c:ComplaintCase)
WITH f, c
WITH f.key AS key, c.authorityCode AS code, c.outcome AS outcome, count(*) AS n
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
ORDER BY key, sortValue, g.decided DESC, g.code
WITH key, allOnMerits, allReversed, f, collect(g) AS ordered
WITH key, allOnMerits, allReversed, ordered[0..f.first] AS cut
UNWIND range(0, size(cut) - 1) AS position
WITH key, allOnMerits, allReversed, position, cut[position] AS g
MATCH (a:Authority {code: g.code})
WITH key, allOnMerits, allReversed, position, g, a
ORDER BY key, position
RETURN key, allOnMerits, allReversed, collect({
  authority: {{> projection/authority node=a}}, decided: g.decided, onMerits: g.onMerits, reversed: g.reversed, reversalRate: g.rate
}) AS authorities
