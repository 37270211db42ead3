// Floor for "a list of 50 rulings with status, paragraphs and replaces": the newest 50 (keyset
// order of cypher/queries/ruling-list/page.cypher) with everything the list shows, one statement.
// decidedOn is set on every ruling; saying so lets Neo4j read the ruling_decided_on index in
// order (NodeIndexScan + PartialTop: about 100 db hits) instead of sorting every ruling (about
// 100,000 at the default scale), as the API's page statement does with its date range.
MATCH (r:Ruling)
WHERE r.decidedOn IS NOT NULL
WITH r ORDER BY r.decidedOn DESC, r.number LIMIT toInteger($limit)
CALL (r) {
  OPTIONAL MATCH (r)-[step:REPLACES]->(older)
  WITH older, min(step.on) AS on
  ORDER BY on, older.decidedOn, older.number
  RETURN collect(CASE WHEN older IS NOT NULL THEN {depth: 1, ruling: {number: older.number}} END) AS replaces
}
RETURN collect({
  number: r.number,
  title: r.title,
  decidedOn: r.decidedOn,
  status: {status: {{> status/kind ruling=r asOf=$asOf}}},
  paragraphs: COLLECT {
    MATCH (r)-[:INTERPRETS]->(p:Paragraph)
    RETURN {ref: p.ref} AS paragraph ORDER BY p.lawId, p.sortKey, p.ref
  },
  replaces: replaces
}) AS rulings
