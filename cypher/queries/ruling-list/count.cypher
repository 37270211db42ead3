// totalCount of rulings(filter) without a paragraph filter: the same predicates as page.cypher
// (keep in step), no cursor. The date range is an index seek on ruling_decided_on, so rulings
// outside it are never read; the status rule is cypher/fragments/status/kind.cypher.
// Nodes reached from a bound one carry no label (rulings from a paragraph, consolidations from
// a ruling): the relationship type implies it, and a label lets the planner start from that
// label's date index instead, which it did here: every ruling read once per paragraph.
MATCH (r:Ruling)
WHERE r.decidedOn >= $decidedFrom AND r.decidedOn <= $decidedTo
  AND ($area IS NULL OR r.area = $area)
  AND ($law IS NULL OR EXISTS { (r)-[:INTERPRETS]->(p:Paragraph) WHERE p.lawId = $law })
  // Status only when filtered on: OR stops at "$statuses IS NULL", so an unfiltered list never
  // pays for the two repeal lookups per ruling.
  AND ($statuses IS NULL OR {{> status/kind ruling=r asOf=$asOf}} IN $statuses)
RETURN count(r) AS total
