// Ruling.replacedBy(maxDepth): a subquery body on ruling {{ruling}} that yields one row, `value`,
// the newer rulings that replace it, transitively (LineageStepRecord[]). Built as
// lineage/replaces.cypher with the direction turned (see there for why it is shaped so).
WITH {{ruling}} AS r, {{maxDepth}} AS maxDepth
CALL (r, maxDepth) {
  MATCH path = (r)<-[:REPLACES*1..25]-(reached:Ruling)
  WITH reached, min(length(path)) AS depth
  WHERE depth <= maxDepth
  RETURN collect({ruling: reached, depth: depth}) AS hits
}
RETURN COLLECT {
  UNWIND hits AS hit
  WITH hit.ruling AS reached, hit.depth AS depth
  MATCH (reached)-[step:REPLACES]->(nearer:Ruling)
  WHERE CASE depth
          WHEN 1 THEN nearer = r
          ELSE any(other IN hits WHERE other.depth = depth - 1 AND other.ruling = nearer)
        END
  WITH reached, depth, step
  ORDER BY step.on, step.consolidation
  WITH reached, depth, head(collect(step)) AS step
  MATCH (c:Consolidation {id: step.consolidation})
  RETURN {{> lineage/step reached=reached depth=depth step=step consolidation=c}} AS item
  ORDER BY depth, step.on, reached.decidedOn, reached.number
} AS value
