// The rulings made directly under each paragraph that apply on key.asOf (IN_FORCE or
// PARTIALLY_REPEALED), or with key.includeRepealed also those REPEALED by then; rulings not yet
// issued on key.asOf never. Newest first. The status rule is cypher/fragments/status/applies.cypher.
// Nodes reached from a bound one carry no label (rulings from a paragraph, consolidations from
// a ruling): the relationship type implies it, and a label lets the planner start from that
// label's date index instead, which it did here: every ruling read once per paragraph.
UNWIND $keys AS key
MATCH (p:Paragraph {ref: key.ref})
RETURN key.ref AS ref, key.asOf AS asOf, key.includeRepealed AS includeRepealed,
  COLLECT {
    MATCH (r)-[:INTERPRETS]->(p)
    WHERE r.decidedOn <= key.asOf
      AND (key.includeRepealed OR {{> status/applies ruling=r asOf=key.asOf}})
    RETURN {{> projection/ruling node=r}} AS ruling
    ORDER BY r.decidedOn DESC, r.number
  } AS rulings
