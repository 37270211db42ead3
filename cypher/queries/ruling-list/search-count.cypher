// totalCount of searchRulings: the hits and filters of search.cypher (the same fragment), no cursor.
// Nodes reached from a bound one carry no label (rulings from a paragraph, consolidations from
// a ruling): the relationship type implies it, and a label lets the planner start from that
// label's date index instead, which it did here: every ruling read once per paragraph.
CALL db.index.fulltext.queryNodes('ruling_text', $query) YIELD node AS r
WHERE {{> ruling-list/hit-filters ruling=r}}
  // Status only when filtered on: OR stops at "$statuses IS NULL", so an unfiltered list never
  // pays for the two repeal lookups per ruling.
  AND ($statuses IS NULL OR {{> status/kind ruling=r asOf=$asOf}} IN $statuses)
RETURN count(r) AS total
