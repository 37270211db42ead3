// The totals per authority, ordered and cut as each filter asks (practice/ranked-authorities);
// see totals.cypher for how the access path is set. Grouped by the authorityCode the importer
// mirrors from AGAINST: a property read per case, not a hop.
UNWIND $filters AS f
MATCH (c:ComplaintCase)
WITH f, c
WITH f.key AS key, c.authorityCode AS code, c.outcome AS outcome, count(*) AS n
{{> practice/ranked-authorities}}
