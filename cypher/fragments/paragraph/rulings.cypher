// Paragraph.rulings(asOf, includeRepealed): a subquery body on paragraph {{paragraph}} that yields
// one row, `value`, the rulings made directly under it that apply on {{asOf}} (IN_FORCE or
// PARTIALLY_REPEALED), or with {{includeRepealed}} also those REPEALED by then; rulings not yet
// issued on asOf never. Newest first (RulingRecord[]). The status rule is
// cypher/fragments/status/applies.cypher.
// Nodes reached from a bound one carry no label (rulings from a paragraph, consolidations from
// a ruling): the relationship type implies it, and a label lets the planner start from that
// label's date index instead, which it did here: every ruling read once per paragraph.
WITH {{paragraph}} AS p, {{asOf}} AS asOf, {{includeRepealed}} AS includeRepealed
RETURN COLLECT {
  MATCH (r)-[:INTERPRETS]->(p)
  WHERE r.decidedOn <= asOf
    AND (includeRepealed OR {{> status/applies ruling=r asOf=asOf}})
  RETURN {{> projection/ruling node=r}} AS ruling
  ORDER BY r.decidedOn DESC, r.number
} AS value
