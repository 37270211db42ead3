// by-authority.cypher computed from practice cells; see cells-totals.cypher.
UNWIND $filters AS f
MATCH (cell:PracticeCell {law: f.cellLaw})
WHERE (f.authority IS NULL OR cell.authority = f.authority)
  AND (f.area IS NULL OR cell.area = f.area)
  AND (f.fromYear IS NULL OR cell.year >= f.fromYear)
  AND (f.toYear IS NULL OR cell.year <= f.toYear)
// A cell's size is its degree, read without visiting the cases; a cell emptied by a corrected
// record stays behind with size 0 and must not show up as a group.
WITH f, cell, COUNT { (cell)<-[:COUNTED_IN]-() } AS size
WHERE size > 0
// Join line: the planner reads the cells once for several of these statements (practice-fields.ts).
WITH f, cell, size
WITH f.key AS key, cell.authority AS code, cell.outcome AS outcome, sum(size) AS n
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
