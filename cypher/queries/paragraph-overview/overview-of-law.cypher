// Everything paragraphOverview and its CSV show, for every paragraph of one law, in one
// statement: per paragraph the status counts of the rulings made under it, its newest ruling
// still in force, and the rulings carried over from its earlier numberings (as in
// cypher/queries/applicability/applicable-rulings.cypher). Rows name rulings by number and
// paragraphs by ref; `rulings` and `vias` hold each referenced record once, with every property
// the API exposes, so no further round trip is needed and a ruling carried over to several
// paragraphs is sent once. No row at all means no such law.
// The status rule is cypher/fragments/status/kind.cypher, the renumbering rule
// cypher/fragments/applicability/numberings.cypher.
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
      RETURN {{> status/kind ruling=r asOf=$asOf}} AS status
    } AS statuses,
    COLLECT {
      MATCH (r)-[:INTERPRETS]->(p)
      WHERE {{> status/applies ruling=r asOf=$asOf}}
      RETURN r.number AS number
      ORDER BY r.decidedOn DESC, r.number
      LIMIT 1
    } AS latest,
    COLLECT {
      {{> applicability/numberings via=via paragraph=p asOf=$asOf least=1 depth=depth}}
      MATCH (r)-[:INTERPRETS]->(via)
      WHERE NOT EXISTS { (r)-[:INTERPRETS]->(p) }
        AND {{> status/applies ruling=r asOf=$asOf}}
      WITH r, via, depth
      ORDER BY depth, via.lawId, via.sortKey, via.ref
      WITH r, head(collect(via)) AS via
      RETURN {
        ruling: r.number,
        status: {{> status/kind ruling=r asOf=$asOf}},
        via: via.ref
      } AS row
      ORDER BY r.decidedOn DESC, r.number
    } AS carried
  ORDER BY p.sortKey, p.ref
  RETURN
    collect({
      paragraph: {{> projection/paragraph node=p}},
      inForce: {{> paragraph/in-force paragraph=p asOf=$asOf}},
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
    RETURN {{> projection/ruling node=r}} AS ruling
  } AS rulings,
  COLLECT {
    MATCH (via:Paragraph) WHERE via.ref IN refs
    RETURN {{> projection/paragraph node=via}} AS paragraph
  } AS vias
