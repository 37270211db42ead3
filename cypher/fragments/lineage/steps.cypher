// The lineage of ruling {{ruling}} one way, as a subquery body that yields one row, `value`, the
// rulings reached (LineageStepRecord[] of src/lineage/lineage.type.ts): {{walk}} is the walk
// from {{ruling}} (a pattern of REPLACES relationships up to 25 long) and {{lastStep}} the last
// step of it seen from the ruling reached (one REPLACES relationship named `step`). Per reached
// ruling its minimal depth and the step that reached it on a shortest chain (where several
// shortest chains end in it, the earliest step). Asking only for each reached ruling and its
// min(length(path)) lets Neo4j plan a pruning breadth-first expand that visits each ruling once,
// so the cost grows with the rulings reached, not with the number of routes between them (a
// lattice of merges has exponentially many); the last step is then looked up among the rulings
// reached one step nearer. Quantifiers cannot be parameters, so paths are bounded by the API's
// hard cap of 25 and cut to maxDepth after.
WITH {{ruling}} AS r, {{maxDepth}} AS maxDepth
CALL (r, maxDepth) {
  MATCH path = (r){{walk}}(reached:Ruling)
  WITH reached, min(length(path)) AS depth
  WHERE depth <= maxDepth
  RETURN collect({ruling: reached, depth: depth}) AS hits
}
RETURN COLLECT {
  UNWIND hits AS hit
  WITH hit.ruling AS reached, hit.depth AS depth
  MATCH (reached){{lastStep}}(nearer:Ruling)
  WHERE CASE depth
          WHEN 1 THEN nearer = r
          ELSE any(other IN hits WHERE other.depth = depth - 1 AND other.ruling = nearer)
        END
  {{#stepDetails}}
  WITH reached, depth, step
  ORDER BY step.on, step.consolidation
  WITH reached, depth, head(collect(step)) AS step
  MATCH (c:Consolidation {id: step.consolidation})
  WITH reached, depth, step.on AS on, step, c
  {{/stepDetails}}
  {{^stepDetails}}
  // Where no step's consolidation or extent is asked (src/graphql/planner/narrowing.ts), the
  // day of the earliest step is all that is needed, and the consolidation is not looked up.
  WITH reached, depth, min(step.on) AS on
  {{/stepDetails}}
  RETURN {{> lineage/step reached=reached depth=depth on=on step=step consolidation=c}} AS item
  ORDER BY depth, on, reached.decidedOn, reached.number
} AS value
