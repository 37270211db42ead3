// totalCount of rulings(filter) with a paragraph filter: the predicates of page-of-paragraph.cypher
// (keep in step), no cursor; the status rule is cypher/fragments/status/kind.cypher.
// Nodes reached from a bound one carry no label (rulings from a paragraph, consolidations from
// a ruling): the relationship type implies it, and a label lets the planner start from that
// label's date index instead, which it did here: every ruling read once per paragraph.
MATCH (t:Paragraph {ref: $paragraph})
MATCH (p:Paragraph) (()-[:SUCCEEDED_BY]->()){0,25} (t)
WHERE $withPredecessors OR p = t
MATCH (r)-[:INTERPRETS]->(p)
WITH DISTINCT r
WHERE r.decidedOn >= $decidedFrom AND r.decidedOn <= $decidedTo
  AND ($area IS NULL OR r.area = $area)
  AND ($law IS NULL OR EXISTS { (r)-[:INTERPRETS]->(lp:Paragraph) WHERE lp.lawId = $law })
  // Status only when filtered on: OR stops at "$statuses IS NULL", so an unfiltered list never
  // pays for the two repeal lookups per ruling.
  AND ($statuses IS NULL OR {{> status/kind ruling=r asOf=$asOf}} IN $statuses)
RETURN count(r) AS total
