// totalCount of rulings(filter) with a law but no paragraph filter: from the law's paragraphs
// to the rulings interpreting them, so only those rulings are touched. Otherwise as count.cypher
// (keep in step); the status rule is that of cypher/queries/lineage/status-of-rulings.cypher.
// Nodes reached from a bound one carry no label (rulings from a paragraph, consolidations from
// a ruling): the relationship type implies it, and a label lets the planner start from that
// label's date index instead.
MATCH (:Paragraph {lawId: $law})<-[:INTERPRETS]-(r)
WITH DISTINCT r
WHERE r.decidedOn >= $decidedFrom AND r.decidedOn <= $decidedTo
  AND ($area IS NULL OR r.area = $area)
  // Status only when filtered on: OR stops at "$statuses IS NULL", so an unfiltered list never
  // pays for the two repeal lookups per ruling.
  AND ($statuses IS NULL OR CASE
      WHEN r.decidedOn > $asOf THEN 'NOT_YET_ISSUED'
      WHEN EXISTS { (c)-[x:REPEALS]->(r) WHERE x.extent = 'FULL' AND c.decidedOn <= $asOf } THEN 'REPEALED'
      WHEN EXISTS { (c)-[x:REPEALS]->(r) WHERE x.extent = 'PARTIAL' AND c.decidedOn <= $asOf } THEN 'PARTIALLY_REPEALED'
      ELSE 'IN_FORCE'
    END IN $statuses)
RETURN count(r) AS total
