// by-year.cypher computed from practice cells; see cells-totals.cypher.
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
WITH f.key AS key, cell.year AS year, cell.outcome AS outcome, sum(size) AS n
WITH key, toInteger(year) AS year,
     sum(n) AS decided,
     sum(CASE outcome WHEN 'UPHELD' THEN n ELSE 0 END) AS upheld,
     sum(CASE outcome WHEN 'CHANGED' THEN n ELSE 0 END) AS changed,
     sum(CASE outcome WHEN 'ANNULLED' THEN n ELSE 0 END) AS annulled,
     sum(CASE outcome WHEN 'REMANDED' THEN n ELSE 0 END) AS remanded,
     sum(CASE outcome WHEN 'DISMISSED' THEN n ELSE 0 END) AS dismissed
WITH key, year, decided, upheld, changed, annulled, remanded, dismissed,
     decided - dismissed AS onMerits, changed + annulled + remanded AS reversed
ORDER BY key, year
RETURN key, collect({
  year: year, decided: decided, onMerits: onMerits, reversed: reversed,
  reversalRate: CASE WHEN onMerits = 0 THEN null ELSE toFloat(reversed) / onMerits END,
  outcomes: {upheld: upheld, changed: changed, annulled: annulled, remanded: remanded, dismissed: dismissed}
}) AS years
