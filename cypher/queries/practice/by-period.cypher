// The totals per period of decision: calendar year, or quarter of it with f.quarters, and with
// f.byAuthority per authority within each period. These are the rows of PracticeStats.byYear and
// byQuarter, and of AuthorityStats.byYear and byQuarter: a municipality × year (or × quarter)
// table is this one statement, not one per municipality. See totals.cypher for how the access
// path is set. Everything after the grouping line computes as totals.cypher does, per group
// (test/unit/practice-statement.test.ts holds them together).
UNWIND $filters AS f
MATCH (c:ComplaintCase)
WITH f, c
// decidedOn is always a whole date (YYYY-MM-DD), so every case has a year and a quarter.
WITH f, c, CASE WHEN f.byAuthority THEN c.authorityCode END AS code,
     CASE WHEN f.quarters THEN (toInteger(substring(c.decidedOn, 5, 2)) + 2) / 3 END AS quarter
WITH f.key AS key, code, toInteger(substring(c.decidedOn, 0, 4)) AS year, quarter, c.outcome AS outcome, count(*) AS n
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
