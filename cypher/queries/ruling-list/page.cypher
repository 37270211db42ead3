// One page of rulings in the order asked (src/ruling-list/ruling-order.ts), forward or backward:
// {{seek}} and {{orderBy}} are filled in by src/graphql/keyset.ts, the cursor's values are
// $cursor. {{indexSeek}} (src/ruling-list/ruling-list.repository.ts) is the range of the index
// the page is walked along, so it reads about as many rulings as it returns (PartialTop),
// however deep it is: by date (or with a date range) the ruling_decided_on index between
// $lower and $upper, the date range narrowed to the cursor's date on the side being read; by
// title or number without a date range, that property's index from the cursor's value on
// ($textFrom, $textTo). The seek predicate then only settles ties on the cursor's value.
// The status rule is cypher/fragments/status/kind.cypher.
// Nodes reached from a bound one carry no label (rulings from a paragraph, consolidations from
// a ruling): the relationship type implies it, and a label lets the planner start from that
// label's date index instead, which it did here: every ruling read once per paragraph.
MATCH (r:Ruling)
WHERE {{indexSeek}}
  AND {{seek}}
  AND ($area IS NULL OR r.area = $area)
  AND ($law IS NULL OR EXISTS { (r)-[:INTERPRETS]->(p:Paragraph) WHERE p.lawId = $law })
  // Status only when filtered on: OR stops at "$statuses IS NULL", so an unfiltered list never
  // pays for the two repeal lookups per ruling.
  AND ($statuses IS NULL OR {{> status/kind ruling=r asOf=$asOf}} IN $statuses)
RETURN {{> projection/ruling node=r}} AS ruling
ORDER BY {{orderBy}}
LIMIT $limit
