// Everything paragraphOverview and its CSV show, for every paragraph of one law, in one
// statement: per paragraph the status counts of the rulings made under it, its newest ruling
// still in force, and the rulings carried over from its earlier numberings (as in
// cypher/queries/applicability/applicable-rulings.cypher). Rows name rulings by number and
// paragraphs by ref; `rulings` and `vias` hold each referenced record once, with every property
// the API exposes, so no further round trip is needed and a ruling carried over to several
// paragraphs is sent once. No row at all means no such law.
// The status rule is the one of cypher/queries/lineage/status-of-rulings.cypher (keep in step):
// NOT_YET_ISSUED if decidedOn > asOf; REPEALED if a FULL repeal has taken effect by asOf;
// PARTIALLY_REPEALED if only PARTIAL ones have; else IN_FORCE.
// Nodes reached from a bound one carry no label (rulings from a paragraph, consolidations from
// a ruling): the relationship type implies it, and a label lets the planner start from that
// label's date index instead, which it did here: every ruling read once per paragraph.
MATCH (l:Law {id: $law})
CALL (l) {
  MATCH (p:Paragraph {lawId: l.id})
  WITH p,
    COLLECT {
      MATCH (r)-[:INTERPRETS]->(p)
      WHERE r.decidedOn <= $asOf
      RETURN CASE
        WHEN EXISTS { (c)-[x:REPEALS]->(r) WHERE x.extent = 'FULL' AND c.decidedOn <= $asOf } THEN 'REPEALED'
        WHEN EXISTS { (c)-[x:REPEALS]->(r) WHERE x.extent = 'PARTIAL' AND c.decidedOn <= $asOf } THEN 'PARTIALLY_REPEALED'
        ELSE 'IN_FORCE'
      END AS status
    } AS statuses,
    COLLECT {
      MATCH (r)-[:INTERPRETS]->(p)
      WHERE r.decidedOn <= $asOf
        AND NOT EXISTS { (c)-[x:REPEALS]->(r) WHERE x.extent = 'FULL' AND c.decidedOn <= $asOf }
      RETURN r.number AS number
      ORDER BY r.decidedOn DESC, r.number
      LIMIT 1
    } AS latest,
    COLLECT {
      MATCH (via) (()-[step:SUCCEEDED_BY]->() WHERE step.on IS NULL OR step.on <= $asOf){1,25} (p)
      WITH via, min(size(step)) AS depth
      MATCH (r)-[:INTERPRETS]->(via)
      WHERE r.decidedOn <= $asOf
        AND NOT EXISTS { (r)-[:INTERPRETS]->(p) }
        AND NOT EXISTS { (c)-[x:REPEALS]->(r) WHERE x.extent = 'FULL' AND c.decidedOn <= $asOf }
      WITH r, via, depth
      ORDER BY depth, via.lawId, via.sortKey, via.ref
      WITH r, head(collect(via)) AS via
      RETURN {
        ruling: r.number,
        status: CASE
          WHEN EXISTS { (c)-[x:REPEALS]->(r) WHERE x.extent = 'PARTIAL' AND c.decidedOn <= $asOf } THEN 'PARTIALLY_REPEALED'
          ELSE 'IN_FORCE'
        END,
        via: via.ref
      } AS row
      ORDER BY r.decidedOn DESC, r.number
    } AS carried
  ORDER BY p.sortKey, p.ref
  RETURN
    collect({
      paragraph: p {.ref, .lawId, .number, .subsection, .title, .validFrom, .validTo},
      inForce: (p.validFrom IS NULL OR p.validFrom <= $asOf) AND (p.validTo IS NULL OR p.validTo >= $asOf),
      rulingsInForce: size([s IN statuses WHERE s <> 'REPEALED']),
      rulingsPartiallyRepealed: size([s IN statuses WHERE s = 'PARTIALLY_REPEALED']),
      rulingsRepealed: size([s IN statuses WHERE s = 'REPEALED']),
      latestRuling: latest[0],
      carriedOver: carried
    }) AS paragraphs,
    collect(latest + [row IN carried | row.ruling]) AS numberLists,
    collect([row IN carried | row.via]) AS refLists
}
// The records the rows name, each once. No DISTINCT here: inside a subquery its grouping key
// would include the outer lists, which Neo4j then hashes and accounts for per row (a
// 100,000-ruling graph ran out of transaction memory); an IN seek on the key index matches
// each node once however often its key is listed.
WITH l, paragraphs,
  COLLECT { UNWIND numberLists AS list UNWIND list AS number RETURN number } AS numbers,
  COLLECT { UNWIND refLists AS list UNWIND list AS ref RETURN ref } AS refs
RETURN
  l {.id, .title, .shortTitle, .eli} AS law,
  paragraphs,
  COLLECT {
    MATCH (r:Ruling) WHERE r.number IN numbers
    RETURN r {.number, .title, .summary, .decidedOn, .datePrecision, .area, .eli} AS ruling
  } AS rulings,
  COLLECT {
    MATCH (via:Paragraph) WHERE via.ref IN refs
    RETURN via {.ref, .lawId, .number, .subsection, .title, .validFrom, .validTo} AS paragraph
  } AS vias
