// totalCount of rulings(filter) for an area with no law, paragraph or date filter (the
// repository routes only those here): a seek on the ruling_area index, so only the area's
// rulings are touched. Otherwise as count.cypher (keep in step); the status rule is
// cypher/fragments/status/kind.cypher.
// Nodes reached from a bound one carry no label (consolidations from a ruling): the
// relationship type implies it, and a label lets the planner start from that label's index.
MATCH (r:Ruling)
WHERE r.area = $area
  // Status only when filtered on: OR stops at "$statuses IS NULL", so an unfiltered list never
  // pays for the two repeal lookups per ruling.
  AND ($statuses IS NULL OR {{> status/kind ruling=r asOf=$asOf}} IN $statuses)
RETURN count(r) AS total
