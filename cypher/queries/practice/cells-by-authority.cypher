// by-authority.cypher computed from practice cells; see cells-totals.cypher.
{{> practice/cells-of-filters}}
// Join line: the planner reads the cells once for several of these statements (practice-fields.ts).
WITH f, cell, size
WITH f.key AS key, cell.authority AS code, cell.outcome AS outcome, sum(size) AS n
{{> practice/ranked-authorities}}
