// by-period.cypher computed from practice cells, for years only: cells count whole years, so a
// quarter breakdown is always read from the cases. See cells-totals.cypher.
{{> practice/cells-of-filters}}
// Join line: the planner reads the cells once for several of these statements (practice-fields.ts).
WITH f, cell, size
WITH f, cell, size, CASE WHEN f.byAuthority THEN cell.authority END AS code, null AS quarter
WITH f.key AS key, code, toInteger(cell.year) AS year, quarter, cell.outcome AS outcome, sum(size) AS n
WITH key, code, year, quarter,
     sum(n) AS decided,
     sum(CASE outcome WHEN 'UPHELD' THEN n ELSE 0 END) AS upheld,
     sum(CASE outcome WHEN 'CHANGED' THEN n ELSE 0 END) AS changed,
     sum(CASE outcome WHEN 'ANNULLED' THEN n ELSE 0 END) AS annulled,
     sum(CASE outcome WHEN 'REMANDED' THEN n ELSE 0 END) AS remanded,
     sum(CASE outcome WHEN 'DISMISSED' THEN n ELSE 0 END) AS dismissed
// Dismissed cases are not decided on the merits, so the rate leaves them out.
WITH key, code, year, quarter, decided, upheld, changed, annulled, remanded, dismissed,
     decided - dismissed AS onMerits, changed + annulled + remanded AS reversed
ORDER BY key, code, year, quarter
// Each period is a list in the order of PERIOD_VALUES (src/practice/period-row.ts), not a map:
// a map's keys travel in every row, and a municipality × year table has a thousand rows.
RETURN key, collect([
  code, year, quarter, decided, onMerits, reversed,
  {{> practice/reversal-rate reversed=reversed onMerits=onMerits}},
  upheld, changed, annulled, remanded, dismissed
]) AS periods
