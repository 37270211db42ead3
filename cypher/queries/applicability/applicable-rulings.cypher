// The rulings that apply to a paragraph on $asOf: those made under it or under any paragraph it
// succeeded, transitively (SUCCEEDED_BY followed backwards, only through successions that had
// taken effect by $asOf), that are in force or partially repealed on $asOf. A ruling reached
// along several paths is reported once, via the nearest paragraph (direct beats carried over).
// The status rule is cypher/fragments/status/kind.cypher; a paragraph in force is
// cypher/fragments/paragraph/in-force.cypher.
// Also returns what the caller needs to explain a date on which the paragraph was not in force:
// its successors and predecessors that were. No row at all means the paragraph is unknown.
// Nodes reached from a bound one carry no label (rulings from a paragraph, consolidations from
// a ruling): the relationship type implies it, and a label lets the planner start from that
// label's date index instead, which it did here: every ruling read once per paragraph.
MATCH (target:Paragraph {ref: $ref})
WITH target,
     {{> paragraph/in-force paragraph=target asOf=$asOf}} AS inForce
RETURN
  {{> projection/paragraph node=target}} AS paragraph,
  inForce,
  COLLECT {
    MATCH (target) (()-[:SUCCEEDED_BY]->()){1,25} (s:Paragraph)
    WHERE {{> paragraph/in-force paragraph=s asOf=$asOf}}
    WITH DISTINCT s
    RETURN s.ref AS ref ORDER BY s.lawId, s.sortKey, s.ref
  } AS successorsInForce,
  COLLECT {
    MATCH (s:Paragraph) (()-[:SUCCEEDED_BY]->()){1,25} (target)
    WHERE {{> paragraph/in-force paragraph=s asOf=$asOf}}
    WITH DISTINCT s
    RETURN s.ref AS ref ORDER BY s.lawId, s.sortKey, s.ref
  } AS predecessorsInForce,
  COLLECT {
    {{> applicability/numberings via=via paragraph=target asOf=$asOf least=0 depth=depth}}
    MATCH (r)-[:INTERPRETS]->(via)
    WHERE {{> status/applies ruling=r asOf=$asOf}}
    WITH r, via, depth
    ORDER BY depth, via.lawId, via.sortKey, via.ref
    WITH r, head(collect({via: via, depth: depth})) AS nearest
    WITH r, nearest.via AS via, nearest.depth AS depth
    // The ruling's and via's properties the query selects, as list items ({{rulingValues}},
    // {{viaValues}}: src/graphql/planner/selected-properties.ts, from projection/ruling and
    // projection/paragraph), then the status and whether it is direct; the repository reads
    // them back by position. Over a thousand rulings, unselected summaries were most of what
    // Neo4j sent, and map keys repeated per record cost more than the values.
    RETURN [
      {{rulingValues}},
      {{viaValues}},
      // Once per ruling, not per route to it; applies holds, so only a partial repeal can differ.
      {{> status/of-applying ruling=r asOf=$asOf}},
      depth = 0
    ] AS applicability
    ORDER BY r.decidedOn DESC, r.number
  } AS applicable
