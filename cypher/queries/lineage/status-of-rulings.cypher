// A ruling's status on a date, for many (number, asOf) keys in one statement. Dates are
// 'YYYY-MM-DD' strings, so comparing strings compares dates. A repeal takes effect on its
// consolidation's decidedOn; repeals are read from REPEALS (the source of truth), successors
// from the derived REPLACES shortcut. A date known only to its month or year is stored as the
// period's first day (src/importer/batch-rows.ts), so "decidedOn > asOf" never calls a ruling
// not yet issued inside the month or year it is known by.
UNWIND $keys AS key
MATCH (r:Ruling {number: key.number})
WITH r, key, COLLECT {
  MATCH (r)<-[x:REPEALS]-(c)
  WHERE c.decidedOn <= key.asOf
  RETURN {
    consolidation: c {.id, .title, .decidedOn, .datePrecision, .kind, .containsNewPractice},
    extent: x.extent,
    on: c.decidedOn
  } AS repeal
  ORDER BY c.decidedOn, c.id
} AS repeals
WITH r, key, repeals,
     [repeal IN repeals WHERE repeal.extent = 'FULL'] AS full,
     [repeal IN repeals WHERE repeal.extent = 'PARTIAL'] AS partial
WITH r, key, repeals,
     CASE
       WHEN r.decidedOn > key.asOf THEN 'NOT_YET_ISSUED'
       WHEN size(full) > 0 THEN 'REPEALED'
       WHEN size(partial) > 0 THEN 'PARTIALLY_REPEALED'
       ELSE 'IN_FORCE'
     END AS status,
     CASE WHEN size(full) > 0 THEN full[0] ELSE partial[0] END AS deciding
RETURN
  r.number AS number,
  key.asOf AS asOf,
  r.decidedOn AS decidedOn,
  r.datePrecision AS datePrecision,
  status,
  CASE WHEN status = 'NOT_YET_ISSUED' THEN null ELSE deciding.on END AS repealedOn,
  CASE WHEN status = 'NOT_YET_ISSUED' THEN null ELSE deciding.consolidation END AS repealedBy,
  repeals,
  // Successors: walk to newer rulings through replacements in effect by asOf, passing only
  // through rulings that were themselves fully repealed by then, and stop at the first one
  // still (at least partly) in force. First the rulings the walk passes through (r itself and
  // fully repealed ones), as a pruning breadth-first expand that visits each once however
  // many routes lead there; then the rulings one step on from them that are in force.
  // 25 is the lineage depth cap of the API. Labels are left off where the relationship type
  // implies them, so the planner expands from the rulings at hand instead of scanning an index.
  COLLECT {
    MATCH passage = (r)<-[:REPLACES*0..25]-(passed)
    WHERE all(step IN relationships(passage) WHERE step.on <= key.asOf)
      AND all(ruling IN nodes(passage) WHERE ruling = r OR EXISTS {
        (ruling)<-[:REPEALS {extent: 'FULL'}]-(c) WHERE c.decidedOn <= key.asOf
      })
    WITH DISTINCT passed
    CALL (passed, key) {
      MATCH (passed)<-[step:REPLACES]-(s)
      WHERE step.on <= key.asOf
        AND s.decidedOn <= key.asOf
        AND NOT EXISTS { (s)<-[:REPEALS {extent: 'FULL'}]-(c) WHERE c.decidedOn <= key.asOf }
      RETURN s
    }
    WITH DISTINCT s
    RETURN s {.number, .title, .summary, .decidedOn, .datePrecision, .area, .eli} AS successor
    ORDER BY s.decidedOn, s.number
  } AS successors,
  COLLECT {
    MATCH (r)-[:INTERPRETS]->(p:Paragraph)
    WHERE p.validTo < key.asOf
       OR EXISTS { (p)-[s:SUCCEEDED_BY]->() WHERE s.on <= key.asOf }
    RETURN p {.ref, .lawId, .number, .subsection, .title, .validFrom, .validTo} AS paragraph
    ORDER BY p.lawId, p.sortKey, p.ref
  } AS changedParagraphs,
  // A citator warns of reliance on a ruling repealed in whole or in part.
  COLLECT {
    MATCH (r)-[:CITES]->(cited:Ruling)
    WHERE EXISTS { (cited)<-[:REPEALS]-(c) WHERE c.decidedOn <= key.asOf }
    RETURN cited {.number, .title, .summary, .decidedOn, .datePrecision, .area, .eli} AS cited
    ORDER BY cited.decidedOn, cited.number
  } AS citesRepealed
