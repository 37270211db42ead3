// Floor for "lineage to depth 8 both ways": the rule of cypher/queries/lineage/replaces-of-rulings.cypher
// and replaced-by-of-rulings.cypher (minimal depth by a pruning breadth-first expand, ordered by
// depth, the date of the step that reached the ruling, its date and number), both in one statement.
MATCH (r:Ruling {number: $number})
CALL (r) {
  CALL (r) {
    MATCH path = (r)-[:REPLACES*1..25]->(reached:Ruling)
    WITH reached, min(length(path)) AS depth
    WHERE depth <= $maxDepth
    RETURN collect({ruling: reached, depth: depth}) AS hits
  }
  UNWIND hits AS hit
  WITH r, hits, hit.ruling AS reached, hit.depth AS depth
  MATCH (nearer:Ruling)-[step:REPLACES]->(reached)
  WHERE CASE depth WHEN 1 THEN nearer = r ELSE any(other IN hits WHERE other.depth = depth - 1 AND other.ruling = nearer) END
  WITH reached, depth, min(step.on) AS on
  ORDER BY depth, on, reached.decidedOn, reached.number
  RETURN collect({depth: depth, ruling: {number: reached.number, title: reached.title, decidedOn: reached.decidedOn}}) AS replaces
}
CALL (r) {
  CALL (r) {
    MATCH path = (r)<-[:REPLACES*1..25]-(reached:Ruling)
    WITH reached, min(length(path)) AS depth
    WHERE depth <= $maxDepth
    RETURN collect({ruling: reached, depth: depth}) AS hits
  }
  UNWIND hits AS hit
  WITH r, hits, hit.ruling AS reached, hit.depth AS depth
  MATCH (reached)-[step:REPLACES]->(nearer:Ruling)
  WHERE CASE depth WHEN 1 THEN nearer = r ELSE any(other IN hits WHERE other.depth = depth - 1 AND other.ruling = nearer) END
  WITH reached, depth, min(step.on) AS on
  ORDER BY depth, on, reached.decidedOn, reached.number
  RETURN collect({depth: depth, ruling: {number: reached.number, title: reached.title, decidedOn: reached.decidedOn}}) AS replacedBy
}
RETURN {number: r.number, replaces: replaces, replacedBy: replacedBy} AS ruling
