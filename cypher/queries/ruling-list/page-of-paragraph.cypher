// One page of the rulings made under a paragraph (and, with $withPredecessors, under every
// paragraph it succeeded, transitively): a small set, so it starts from the paragraph rather
// than walking the date index. Same orders, {{seek}}/{{orderBy}} and $cursor as page.cypher; the other filters
// and the status rule of cypher/fragments/status/kind.cypher.
// Nodes reached from a bound one carry no label (rulings from a paragraph, consolidations from
// a ruling): the relationship type implies it, and a label lets the planner start from that
// label's date index instead, which it did here: every ruling read once per paragraph.
MATCH (t:Paragraph {ref: $paragraph})
MATCH (p:Paragraph) (()-[:SUCCEEDED_BY]->()){0,25} (t)
WHERE $withPredecessors OR p = t
MATCH (r)-[:INTERPRETS]->(p)
WITH DISTINCT r
WHERE r.decidedOn >= $lower AND r.decidedOn <= $upper
  AND {{seek}}
  AND ($area IS NULL OR r.area = $area)
  AND ($law IS NULL OR EXISTS { (r)-[:INTERPRETS]->(lp:Paragraph) WHERE lp.lawId = $law })
  // Status only when filtered on: OR stops at "$statuses IS NULL", so an unfiltered list never
  // pays for the two repeal lookups per ruling.
  AND ($statuses IS NULL OR {{> status/kind ruling=r asOf=$asOf}} IN $statuses)
RETURN {{> projection/ruling node=r}} AS ruling
ORDER BY {{orderBy}}
LIMIT $limit
