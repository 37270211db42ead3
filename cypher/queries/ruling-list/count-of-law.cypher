// totalCount of rulings(filter) with a law but no paragraph filter: from the law's paragraphs
// to the rulings interpreting them, so only those rulings are touched. Otherwise as count.cypher
// (keep in step); the status rule is cypher/fragments/status/kind.cypher.
// Nodes reached from a bound one carry no label (rulings from a paragraph, consolidations from
// a ruling): the relationship type implies it, and a label lets the planner start from that
// label's date index instead.
MATCH (:Paragraph {lawId: $law})<-[:INTERPRETS]-(r)
WITH DISTINCT r
WHERE r.decidedOn >= $decidedFrom AND r.decidedOn <= $decidedTo
  AND ($area IS NULL OR r.area = $area)
  // Status only when filtered on: OR stops at "$statuses IS NULL", so an unfiltered list never
  // pays for the two repeal lookups per ruling.
  AND ($statuses IS NULL OR {{> status/kind ruling=r asOf=$asOf}} IN $statuses)
RETURN count(r) AS total
