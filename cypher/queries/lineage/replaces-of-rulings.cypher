// The rulings each key's ruling replaces, transitively: per reached ruling its minimal depth
// and the step that reached it on a shortest chain (where several shortest chains end in it,
// the earliest step). Asking only for each reached ruling and its min(length(path)) lets
// Neo4j plan a pruning breadth-first expand that visits each ruling once, so the cost grows
// with the rulings reached, not with the number of routes between them (a lattice of merges
// has exponentially many); the last step is then looked up among the rulings reached one step
// nearer. Quantifiers cannot be parameters, so paths are bounded by the API's hard cap of 25
// and cut to maxDepth after.
UNWIND $keys AS key
MATCH (r:Ruling {number: key.number})
CALL (r, key) {
  MATCH path = (r)-[:REPLACES*1..25]->(reached:Ruling)
  WITH key, reached, min(length(path)) AS depth
  WHERE depth <= key.maxDepth
  RETURN collect({ruling: reached, depth: depth}) AS hits
}
UNWIND hits AS hit
WITH key, r, hits, hit.ruling AS reached, hit.depth AS depth
MATCH (nearer:Ruling)-[step:REPLACES]->(reached)
WHERE CASE depth
        WHEN 1 THEN nearer = r
        ELSE any(other IN hits WHERE other.depth = depth - 1 AND other.ruling = nearer)
      END
WITH key, reached, depth, step
ORDER BY step.on, step.consolidation
WITH key, reached, depth, head(collect(step)) AS step
MATCH (c:Consolidation {id: step.consolidation})
RETURN
  key.number AS number,
  key.maxDepth AS maxDepth,
  {{> projection/ruling node=reached}} AS ruling,
  depth,
  {{> projection/consolidation node=c}} AS consolidation,
  step.extent AS extent,
  step.on AS on
ORDER BY depth, on, reached.decidedOn, reached.number
