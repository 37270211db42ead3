// Outcome counts and reversal rate of the cases each filter matches. Written on the national
// access path; src/practice/practice-statement.ts puts the filter's own access path (and checks)
// in place of everything above "WITH f, c". Grouping by outcome first keeps the per-case work to
// one property read; the arithmetic then runs on five rows per filter.
UNWIND $filters AS f
MATCH (c:ComplaintCase)
WITH f, c
WITH f.key AS key, c.outcome AS outcome, count(*) AS n
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
