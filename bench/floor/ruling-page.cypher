// Floor for the explorer's ruling page (web/src/pages/RulingPage.tsx) in one statement: the
// ruling, its status on $asOf with the citator flag, the reasons (the Danish sentences of
// src/lineage/citator-flag.ts) and successors, lineage both ways to $depth with each ruling's
// status, its paragraphs, the rulings it cites and that cite it, and the count of complaint
// cases that applied it. The status rule and the successors are cypher/fragments/status/.
MATCH (r:Ruling {number: $number})
WITH r, COLLECT {
  MATCH (r)<-[x:REPEALS]-(c)
  WHERE c.decidedOn <= $asOf
  RETURN {extent: x.extent, on: c.decidedOn, id: c.id} AS repeal
  ORDER BY c.decidedOn, c.id
} AS repeals
WITH r, [x IN repeals WHERE x.extent = 'FULL'] AS full, [x IN repeals WHERE x.extent = 'PARTIAL'] AS partial
WITH r, partial,
  {{> status/kind ruling=r asOf=$asOf}} AS status,
  CASE WHEN size(full) > 0 THEN full[0] ELSE partial[0] END AS deciding
WITH r, status, deciding, partial,
  COLLECT {
    MATCH (r)-[:INTERPRETS]->(p:Paragraph)
    WHERE {{> status/paragraph-changed paragraph=p asOf=$asOf}}
    RETURN p.ref ORDER BY p.lawId, p.sortKey, p.ref
  } AS changed,
  COLLECT {
    MATCH (r)-[:CITES]->(cited:Ruling)
    WHERE {{> status/cited-repealed ruling=cited asOf=$asOf}}
    RETURN cited.number ORDER BY cited.decidedOn, cited.number
  } AS citesRepealed
WITH r, status, deciding,
  CASE WHEN status = 'NOT_YET_ISSUED' THEN [] ELSE
    CASE WHEN status = 'REPEALED'
      THEN [{code: 'REPEALED_BY', label: 'Ophævet ved sammenskrivning ' + deciding.id + ' den ' + deciding.on + '.'}]
      ELSE [] END +
    CASE WHEN status = 'PARTIALLY_REPEALED'
      THEN [{code: 'PARTIALLY_REPEALED', label: 'Delvist ophævet ved sammenskrivning ' +
        reduce(s = '', x IN partial | s + CASE s WHEN '' THEN '' ELSE ', ' END + x.id + ' (' + x.on + ')') + '.'}]
      ELSE [] END +
    CASE WHEN size(changed) > 0
      THEN [{code: 'LAW_CHANGED', label: 'Loven er ændret siden afgørelsen: ' +
        reduce(s = '', x IN changed | s + CASE s WHEN '' THEN '' ELSE ', ' END + x) + ' er afløst eller ophørt.'}]
      ELSE [] END +
    CASE WHEN size(citesRepealed) > 0
      THEN [{code: 'CITES_REPEALED', label: 'Henviser til ophævet eller delvist ophævet praksis: ' +
        reduce(s = '', x IN citesRepealed | s + CASE s WHEN '' THEN '' ELSE ', ' END + x) + '.'}]
      ELSE [] END
  END AS reasons
CALL (r) {
  CALL (r) {
    MATCH path = (r)-[:REPLACES*1..25]->(reached:Ruling)
    WITH reached, min(length(path)) AS depth
    WHERE depth <= $depth
    RETURN collect({ruling: reached, depth: depth}) AS hits
  }
  UNWIND hits AS hit
  WITH r, hits, hit.ruling AS reached, hit.depth AS depth
  MATCH (nearer:Ruling)-[step:REPLACES]->(reached)
  WHERE CASE depth WHEN 1 THEN nearer = r ELSE any(other IN hits WHERE other.depth = depth - 1 AND other.ruling = nearer) END
  WITH reached, depth, min(step.on) AS on
  ORDER BY depth, on, reached.decidedOn, reached.number
  RETURN collect({depth: depth, ruling: {number: reached.number, title: reached.title, decidedOn: reached.decidedOn,
    status: {status: {{> status/kind ruling=reached asOf=$asOf}}}}}) AS replaces
}
CALL (r) {
  CALL (r) {
    MATCH path = (r)<-[:REPLACES*1..25]-(reached:Ruling)
    WITH reached, min(length(path)) AS depth
    WHERE depth <= $depth
    RETURN collect({ruling: reached, depth: depth}) AS hits
  }
  UNWIND hits AS hit
  WITH r, hits, hit.ruling AS reached, hit.depth AS depth
  MATCH (reached)-[step:REPLACES]->(nearer:Ruling)
  WHERE CASE depth WHEN 1 THEN nearer = r ELSE any(other IN hits WHERE other.depth = depth - 1 AND other.ruling = nearer) END
  WITH reached, depth, min(step.on) AS on
  ORDER BY depth, on, reached.decidedOn, reached.number
  RETURN collect({depth: depth, ruling: {number: reached.number, title: reached.title, decidedOn: reached.decidedOn,
    status: {status: {{> status/kind ruling=reached asOf=$asOf}}}}}) AS replacedBy
}
RETURN {
  number: r.number,
  title: r.title,
  decidedOn: r.decidedOn,
  summary: r.summary,
  paragraphs: COLLECT {
    MATCH (r)-[:INTERPRETS]->(p:Paragraph)
    RETURN {ref: p.ref, title: p.title} ORDER BY p.lawId, p.sortKey, p.ref
  },
  status: {
    status: status,
    flag: CASE status
      WHEN 'NOT_YET_ISSUED' THEN 'NOT_YET_IN_FORCE'
      WHEN 'REPEALED' THEN 'OVERRULED'
      ELSE CASE WHEN size(reasons) > 0 THEN 'CAUTION' ELSE 'GOOD_LAW' END
    END,
    repealedOn: CASE WHEN status = 'NOT_YET_ISSUED' THEN null ELSE deciding.on END,
    reasons: reasons,
    successors: [s IN {{> status/successors ruling=r asOf=$asOf}} | {number: s.number, title: s.title}]
  },
  replaces: replaces,
  replacedBy: replacedBy,
  cites: COLLECT {
    MATCH (r)-[:CITES]->(cited:Ruling)
    RETURN {number: cited.number, title: cited.title} ORDER BY cited.decidedOn, cited.number
  },
  citedBy: COLLECT {
    MATCH (citing:Ruling)-[:CITES]->(r)
    RETURN {number: citing.number, title: citing.title} ORDER BY citing.decidedOn, citing.number
  },
  complaintCases: {totalCount: COUNT { (r)<-[:APPLIED]-() }}
} AS ruling
