// Ruling.status(asOf): a subquery body on ruling {{ruling}} that yields exactly one row, `value`,
// the RulingStatusRecord of src/lineage/ruling-status.type.ts, for a batch of keys in
// cypher/queries/lineage/status-of-rulings.cypher.
// The status itself is cypher/fragments/status/kind.cypher; this adds what explains it.
WITH {{ruling}} AS r, {{asOf}} AS asOf
WITH r, asOf, COLLECT {
  MATCH (r)<-[x:REPEALS]-(c)
  WHERE c.decidedOn <= asOf
  RETURN {consolidation: {{> projection/consolidation node=c}}, extent: x.extent, on: c.decidedOn} AS repeal
  ORDER BY c.decidedOn, c.id
} AS repeals
WITH r, asOf, repeals, {{> status/kind ruling=r asOf=asOf}} AS status,
     // The earliest repeal in effect that decides the status: a full one, else a partial one.
     head([repeal IN repeals WHERE repeal.extent = 'FULL'] + [repeal IN repeals WHERE repeal.extent = 'PARTIAL']) AS deciding
RETURN {
  number: r.number,
  asOf: asOf,
  decidedOn: r.decidedOn,
  datePrecision: r.datePrecision,
  status: status,
  repealedOn: CASE WHEN status = 'NOT_YET_ISSUED' THEN null ELSE deciding.on END,
  repealedBy: CASE WHEN status = 'NOT_YET_ISSUED' THEN null ELSE deciding.consolidation END,
  repeals: repeals,
  // Successors: walk to newer rulings through replacements in effect by asOf, passing only
  // through rulings that were themselves fully repealed by then, and stop at the first one
  // still (at least partly) in force. First the rulings the walk passes through (r itself and
  // fully repealed ones), as a pruning breadth-first expand that visits each once however
  // many routes lead there; then the rulings one step on from them that apply. 25 is the
  // lineage depth cap of the API. Labels are left off where the relationship type implies
  // them, so the planner expands from the rulings at hand instead of scanning an index.
  successors: COLLECT {
    MATCH passage = (r)<-[:REPLACES*0..25]-(passed)
    WHERE all(step IN relationships(passage) WHERE step.on <= asOf)
      AND all(ruling IN nodes(passage) WHERE ruling = r OR {{> status/fully-repealed ruling=ruling asOf=asOf}})
    WITH DISTINCT passed
    CALL (passed, asOf) {
      MATCH (passed)<-[step:REPLACES]-(s)
      WHERE step.on <= asOf AND {{> status/applies ruling=s asOf=asOf}}
      RETURN s
    }
    WITH DISTINCT s
    RETURN {{> projection/ruling node=s}} AS successor
    ORDER BY s.decidedOn, s.number
  },
  // lawChanged: a paragraph the ruling interprets has expired or been succeeded by asOf.
  changedParagraphs: COLLECT {
    MATCH (r)-[:INTERPRETS]->(p:Paragraph)
    WHERE p.validTo < asOf OR EXISTS { (p)-[s:SUCCEEDED_BY]->() WHERE s.on <= asOf }
    RETURN {{> projection/paragraph node=p}} AS paragraph
    ORDER BY p.lawId, p.sortKey, p.ref
  },
  // A citator warns of reliance on a ruling repealed in whole or in part.
  citesRepealed: COLLECT {
    MATCH (r)-[:CITES]->(cited:Ruling)
    WHERE {{> status/kind ruling=cited asOf=asOf}} IN ['REPEALED', 'PARTIALLY_REPEALED']
    RETURN {{> projection/ruling node=cited}} AS cited
    ORDER BY cited.decidedOn, cited.number
  }
} AS value
