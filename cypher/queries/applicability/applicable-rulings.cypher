// The rulings that apply to a paragraph on $asOf: those made under it or under any paragraph it
// succeeded, transitively (SUCCEEDED_BY followed backwards, only through successions that had
// taken effect by $asOf), that are in force or partially repealed on $asOf. A ruling reached
// along several paths is reported once, via the nearest paragraph (direct beats carried over).
// The status rule is the one of cypher/queries/lineage/status-of-rulings.cypher (keep in step):
// NOT_YET_ISSUED if decidedOn > asOf; REPEALED if a FULL repeal has taken effect by asOf;
// PARTIALLY_REPEALED if only PARTIAL ones have; else IN_FORCE.
// Also returns what the caller needs to explain a date on which the paragraph was not in force:
// its successors and predecessors that were. No row at all means the paragraph is unknown.
// Nodes reached from a bound one carry no label (rulings from a paragraph, consolidations from
// a ruling): the relationship type implies it, and a label lets the planner start from that
// label's date index instead, which it did here: every ruling read once per paragraph.
MATCH (target:Paragraph {ref: $ref})
WITH target,
     (target.validFrom IS NULL OR target.validFrom <= $asOf) AND (target.validTo IS NULL OR target.validTo >= $asOf) AS inForce
RETURN
  target {.ref, .lawId, .number, .subsection, .title, .validFrom, .validTo} AS paragraph,
  inForce,
  COLLECT {
    MATCH (target) (()-[:SUCCEEDED_BY]->()){1,25} (s:Paragraph)
    WHERE (s.validFrom IS NULL OR s.validFrom <= $asOf) AND (s.validTo IS NULL OR s.validTo >= $asOf)
    WITH DISTINCT s
    RETURN s.ref AS ref ORDER BY s.lawId, s.sortKey, s.ref
  } AS successorsInForce,
  COLLECT {
    MATCH (s:Paragraph) (()-[:SUCCEEDED_BY]->()){1,25} (target)
    WHERE (s.validFrom IS NULL OR s.validFrom <= $asOf) AND (s.validTo IS NULL OR s.validTo >= $asOf)
    WITH DISTINCT s
    RETURN s.ref AS ref ORDER BY s.lawId, s.sortKey, s.ref
  } AS predecessorsInForce,
  COLLECT {
    MATCH (via) (()-[step:SUCCEEDED_BY]->() WHERE step.on IS NULL OR step.on <= $asOf){0,25} (target)
    WITH via, min(size(step)) AS depth
    MATCH (r)-[:INTERPRETS]->(via)
    WHERE r.decidedOn <= $asOf
      AND NOT EXISTS { (c)-[x:REPEALS]->(r) WHERE x.extent = 'FULL' AND c.decidedOn <= $asOf }
    WITH r, via, depth
    ORDER BY depth, via.lawId, via.sortKey, via.ref
    WITH r, head(collect({via: via, depth: depth})) AS nearest
    WITH r, nearest.via AS via, nearest.depth AS depth
    RETURN {
      ruling: r {.number, .title, .summary, .decidedOn, .datePrecision, .area, .eli},
      status: CASE
        WHEN EXISTS { (c)-[x:REPEALS]->(r) WHERE x.extent = 'PARTIAL' AND c.decidedOn <= $asOf } THEN 'PARTIALLY_REPEALED'
        ELSE 'IN_FORCE'
      END,
      via: via {.ref, .lawId, .number, .subsection, .title, .validFrom, .validTo},
      direct: depth = 0
    } AS applicability
    ORDER BY r.decidedOn DESC, r.number
  } AS applicable
