// One page of rulings in the order asked (src/ruling-list/ruling-order.ts), forward or backward:
// {{seek}} and {{orderBy}} are filled in by src/graphql/keyset.ts, the cursor's values are
// $cursor. By date, the page is walked along the ruling_decided_on range index so it reads about
// as many rulings as it returns (PartialTop), however deep it is: $lower/$upper are the date
// range narrowed to the cursor's date on the side being read, computed by the caller so the index
// seek itself starts at the cursor; the seek predicate then only settles ties on that one date.
// The status rule is the one of cypher/queries/lineage/status-of-rulings.cypher (keep in step):
// NOT_YET_ISSUED if decidedOn > asOf; REPEALED if a FULL repeal has taken effect by asOf;
// PARTIALLY_REPEALED if only PARTIAL ones have; else IN_FORCE.
// Nodes reached from a bound one carry no label (rulings from a paragraph, consolidations from
// a ruling): the relationship type implies it, and a label lets the planner start from that
// label's date index instead, which it did here: every ruling read once per paragraph.
MATCH (r:Ruling)
WHERE r.decidedOn >= $lower AND r.decidedOn <= $upper
  AND {{seek}}
  AND ($area IS NULL OR r.area = $area)
  AND ($law IS NULL OR EXISTS { (r)-[:INTERPRETS]->(p:Paragraph) WHERE p.lawId = $law })
  // Status only when filtered on: OR stops at "$statuses IS NULL", so an unfiltered list never
  // pays for the two repeal lookups per ruling.
  AND ($statuses IS NULL OR CASE
      WHEN r.decidedOn > $asOf THEN 'NOT_YET_ISSUED'
      WHEN EXISTS { (c)-[x:REPEALS]->(r) WHERE x.extent = 'FULL' AND c.decidedOn <= $asOf } THEN 'REPEALED'
      WHEN EXISTS { (c)-[x:REPEALS]->(r) WHERE x.extent = 'PARTIAL' AND c.decidedOn <= $asOf } THEN 'PARTIALLY_REPEALED'
      ELSE 'IN_FORCE'
    END IN $statuses)
RETURN r {.number, .title, .summary, .decidedOn, .datePrecision, .area, .eli} AS ruling
ORDER BY {{orderBy}}
LIMIT $limit
