// The rulings that replace each key's ruling, transitively (its newer rulings): per reached
// ruling its minimal depth and the step that reached it on a shortest path (where several
// shortest paths end in it, the earliest step). Quantifiers cannot be parameters, so paths are
// bounded by the API's hard cap of 25 and cut to each key's maxDepth by the WHERE; SHORTEST
// searches breadth first, so each ruling is reached once per shortest path, not once per path.
UNWIND $keys AS key
MATCH (r:Ruling {number: key.number})
MATCH path = ALL SHORTEST (r)<-[:REPLACES]-{1,25}(reached:Ruling)
WHERE length(path) <= key.maxDepth
WITH key, reached, length(path) AS depth, last(relationships(path)) AS step
ORDER BY step.on, step.consolidation
WITH key, reached, depth, head(collect(step)) AS step
MATCH (c:Consolidation {id: step.consolidation})
RETURN
  key.number AS number,
  key.maxDepth AS maxDepth,
  reached {.number, .title, .summary, .decidedOn, .datePrecision, .area, .eli} AS ruling,
  depth,
  c {.id, .title, .decidedOn, .datePrecision, .kind, .containsNewPractice} AS consolidation,
  step.extent AS extent,
  step.on AS on
ORDER BY depth, on, reached.decidedOn, reached.number
