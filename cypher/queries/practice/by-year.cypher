// The totals per calendar year of decision (see totals.cypher for how the access path is set).
UNWIND $filters AS f
MATCH (c:ComplaintCase)
WITH f, c
WITH f.key AS key, substring(c.decidedOn, 0, 4) AS year, c.outcome AS outcome, count(*) AS n
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
