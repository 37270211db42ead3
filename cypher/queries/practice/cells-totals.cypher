// totals.cypher computed from practice cells (cypher/fragments/practice/cells-of-filters.cypher)
// instead of cases, for filters cells can answer: no paragraph, and decision dates on whole
// years. Everything after the grouping line is the same text as in totals.cypher (a unit test
// holds them together).
{{> practice/cells-of-filters}}
// Join line: the planner reads the cells once for several of these statements (practice-fields.ts).
WITH f, cell, size
WITH f.key AS key, cell.outcome AS outcome, sum(size) AS n
WITH key,
     sum(n) AS decided,
     sum(CASE outcome WHEN 'UPHELD' THEN n ELSE 0 END) AS upheld,
     sum(CASE outcome WHEN 'CHANGED' THEN n ELSE 0 END) AS changed,
     sum(CASE outcome WHEN 'ANNULLED' THEN n ELSE 0 END) AS annulled,
     sum(CASE outcome WHEN 'REMANDED' THEN n ELSE 0 END) AS remanded,
     sum(CASE outcome WHEN 'DISMISSED' THEN n ELSE 0 END) AS dismissed
// Dismissed cases are not decided on the merits, so the rate leaves them out.
WITH key, decided, upheld, changed, annulled, remanded, dismissed,
     decided - dismissed AS onMerits, changed + annulled + remanded AS reversed
RETURN key, decided, onMerits, reversed,
       {{> practice/reversal-rate reversed=reversed onMerits=onMerits}} AS reversalRate,
       {upheld: upheld, changed: changed, annulled: annulled, remanded: remanded, dismissed: dismissed} AS outcomes
