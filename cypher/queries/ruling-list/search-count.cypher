// totalCount of searchRulings: the hits and filters of search.cypher (keep in step), no cursor.
// Nodes reached from a bound one carry no label (rulings from a paragraph, consolidations from
// a ruling): the relationship type implies it, and a label lets the planner start from that
// label's date index instead, which it did here: every ruling read once per paragraph.
CALL db.index.fulltext.queryNodes('ruling_text', $query) YIELD node AS r
WHERE r.decidedOn >= $decidedFrom AND r.decidedOn <= $decidedTo
  AND ($area IS NULL OR r.area = $area)
  AND ($law IS NULL OR EXISTS { (r)-[:INTERPRETS]->(p:Paragraph) WHERE p.lawId = $law })
  AND ($paragraph IS NULL OR EXISTS {
    MATCH (r)-[:INTERPRETS]->(p:Paragraph)
    WHERE p.ref = $paragraph
       OR ($withPredecessors AND EXISTS { (p) (()-[:SUCCEEDED_BY]->()){1,25} (:Paragraph {ref: $paragraph}) })
  })
  // Status only when filtered on: OR stops at "$statuses IS NULL", so an unfiltered list never
  // pays for the two repeal lookups per ruling.
  AND ($statuses IS NULL OR {{> status/kind ruling=r asOf=$asOf}} IN $statuses)
RETURN count(r) AS total
