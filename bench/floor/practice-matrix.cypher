// Floor for practice(filter: {}) { byAuthority(first: 120, orderBy: DECIDED_DESC, minOnMerits: 0)
// { authority { code name } decided onMerits reversed byYear { ... } } }: every authority × year.
// Not runnable alone: bench/lib/practice-matrix.ts puts it after the API's own
// cypher/queries/practice/cells-by-period.cypher (its final RETURN turned into WITH), so the
// counts and the reversal rate of every cell come from the same definitions as the API's. This
// part only rolls the years up per authority and orders and cuts as byAuthority does.
// Each period is a list (the order of PERIOD_VALUES in src/practice/period-row.ts): code, year,
// quarter, decided, onMerits, reversed, reversalRate, then the outcomes.
UNWIND periods AS p
WITH p[0] AS code,
     collect({year: p[1], decided: p[3], onMerits: p[4], reversed: p[5], reversalRate: p[6]}) AS byYear,
     sum(p[3]) AS decided, sum(p[4]) AS onMerits, sum(p[5]) AS reversed
MATCH (a:Authority {code: code})
WITH a, code, byYear, decided, onMerits, reversed
ORDER BY decided DESC, code
LIMIT 120
RETURN {byAuthority: collect({
  authority: {code: code, name: a.name}, decided: decided, onMerits: onMerits, reversed: reversed, byYear: byYear
})} AS matrix
