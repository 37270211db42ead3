// The rulings that replace each key's ruling, transitively (its newer rulings): per reached
// ruling its minimal depth and the step that reached it on a shortest chain (where several
// shortest chains end in it, the earliest step). Built like replaces-of-rulings.cypher with
// the direction turned: a pruning breadth-first expand for min(length(path)), then the last
// step among the rulings reached one step nearer, so the cost grows with the rulings reached,
// not with the routes between them.
UNWIND $keys AS key
MATCH (r:Ruling {number: key.number})
CALL (r, key) {
  MATCH path = (r)<-[:REPLACES*1..25]-(reached:Ruling)
  WITH key, reached, min(length(path)) AS depth
  WHERE depth <= key.maxDepth
  RETURN collect({ruling: reached, depth: depth}) AS hits
}
UNWIND hits AS hit
WITH key, r, hits, hit.ruling AS reached, hit.depth AS depth
MATCH (reached)-[step:REPLACES]->(nearer:Ruling)
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
