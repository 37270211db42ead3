// Ruling.lineage(maxDepth): a subquery body on ruling {{ruling}} that yields one row, `value`,
// the supersession graph around it for drawing (LineageRecord of src/lineage/lineage.type.ts):
// the ruling itself, every ruling it replaces and every ruling that replaces it, transitively
// up to maxDepth (each with its minimal depth), and every REPLACES edge between those rulings,
// cross edges included. min(length(path)) per reached ruling is planned as a pruning
// breadth-first expand, so the cost grows with the rulings reached, not with the routes between
// them. Lineage has no cycles (the importer refuses them), so no ruling is reached both ways.
// Nodes are ordered by the ruling, not by its record, which the planner may narrow to fewer
// properties (src/graphql/planner/narrowing.ts).
WITH {{ruling}} AS root, {{maxDepth}} AS maxDepth
WITH root, COLLECT {
  MATCH path = (root)-[:REPLACES*1..25]->(reached:Ruling)
  WITH reached, min(length(path)) AS depth
  WHERE depth <= maxDepth
  RETURN {
    ruling: {{> projection/ruling node=reached}},
    depth: depth,
    direction: 'PREDECESSOR'
  } AS node
  ORDER BY depth, reached.decidedOn, reached.number
  UNION ALL
  MATCH path = (root)<-[:REPLACES*1..25]-(reached:Ruling)
  WITH reached, min(length(path)) AS depth
  WHERE depth <= maxDepth
  RETURN {
    ruling: {{> projection/ruling node=reached}},
    depth: depth,
    direction: 'SUCCESSOR'
  } AS node
  ORDER BY depth, reached.decidedOn, reached.number
} AS reached
WITH root, reached, [root.number] + [node IN reached | node.ruling.number] AS members
RETURN {
  nodes: [{ruling: {{> projection/ruling node=root}}, depth: 0, direction: 'ROOT'}] + reached,
  edges: COLLECT {
    UNWIND members AS member
    // The hint keeps the seek by number: a plan made while the database held few rulings
    // found each member by scanning the whole number index (a CI run: 20,869 db hits for a
    // lineage of 41 rulings, against 1,713 with the seek).
    MATCH (newer:Ruling {number: member})-[step:REPLACES]->(older:Ruling)
    USING INDEX SEEK newer:Ruling(number)
    WHERE older.number IN members
    MATCH (c:Consolidation {id: step.consolidation})
    RETURN {
      from: newer.number,
      to: older.number,
      consolidation: {{> projection/consolidation node=c}},
      extent: step.extent,
      on: step.on
    } AS edge
    ORDER BY step.on, newer.number, older.number
  }
} AS value
