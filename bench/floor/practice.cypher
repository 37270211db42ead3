// Floor for practice(filter: {law}) with byYear and byAuthority (REVERSAL_RATE_DESC, first 20):
// read from the practice cells the importer maintains, as the API does, in one statement.
MATCH (cell:PracticeCell {law: $law})
WITH cell, COUNT { (cell)<-[:COUNTED_IN]-() } AS size
WHERE size > 0
WITH collect({year: toInteger(cell.year), authority: cell.authority, outcome: cell.outcome, n: size}) AS cells
WITH cells,
  reduce(s = 0, c IN cells | s + c.n) AS decided,
  reduce(s = 0, c IN cells | s + CASE c.outcome WHEN 'DISMISSED' THEN c.n ELSE 0 END) AS dismissed,
  reduce(s = 0, c IN cells | s + CASE WHEN {{> practice/reversed outcome=c.outcome}} THEN c.n ELSE 0 END) AS reversed
CALL (cells) {
    UNWIND cells AS c
    WITH c.year AS year, sum(c.n) AS yDecided,
         sum(CASE c.outcome WHEN 'DISMISSED' THEN c.n ELSE 0 END) AS yDismissed,
         sum(CASE WHEN {{> practice/reversed outcome=c.outcome}} THEN c.n ELSE 0 END) AS yReversed
    ORDER BY year
    RETURN collect({year: year, decided: yDecided, onMerits: yDecided - yDismissed, reversed: yReversed,
            reversalRate: {{> practice/reversal-rate reversed=yReversed onMerits=(yDecided-yDismissed)}}}) AS byYear
}
CALL (cells) {
    UNWIND cells AS c
    WITH c.authority AS code, sum(c.n) AS aDecided,
         sum(CASE c.outcome WHEN 'DISMISSED' THEN c.n ELSE 0 END) AS aDismissed,
         sum(CASE WHEN {{> practice/reversed outcome=c.outcome}} THEN c.n ELSE 0 END) AS aReversed
    WITH code, aDecided, aDecided - aDismissed AS aOnMerits, aReversed,
         {{> practice/reversal-rate reversed=aReversed onMerits=(aDecided-aDismissed)}} AS rate
    MATCH (a:Authority {code: code})
    WITH code, a, aDecided, aOnMerits, aReversed, rate
    ORDER BY -rate, aDecided DESC, code
    LIMIT 20
    RETURN collect({authority: {code: code, name: a.name}, decided: aDecided, onMerits: aOnMerits, reversed: aReversed, reversalRate: rate}) AS byAuthority
}
RETURN {
  decided: decided,
  onMerits: decided - dismissed,
  reversalRate: {{> practice/reversal-rate reversed=reversed onMerits=(decided-dismissed)}},
  byYear: byYear,
  byAuthority: byAuthority
} AS practice
