// Floor for "a ruling by number with its status": the ruling and its status on $asOf in one
// statement, the rule of cypher/queries/lineage/status-of-rulings.cypher.
MATCH (r:Ruling {number: $number})
WITH r, COLLECT {
  MATCH (r)<-[x:REPEALS]-(c)
  WHERE c.decidedOn <= $asOf
  RETURN {extent: x.extent, on: c.decidedOn} AS repeal
  ORDER BY c.decidedOn, c.id
} AS repeals
WITH r, [x IN repeals WHERE x.extent = 'FULL'] AS full, [x IN repeals WHERE x.extent = 'PARTIAL'] AS partial
WITH r,
  CASE
    WHEN r.decidedOn > $asOf THEN 'NOT_YET_ISSUED'
    WHEN size(full) > 0 THEN 'REPEALED'
    WHEN size(partial) > 0 THEN 'PARTIALLY_REPEALED'
    ELSE 'IN_FORCE'
  END AS status,
  CASE WHEN size(full) > 0 THEN full[0] ELSE partial[0] END AS deciding
RETURN {
  number: r.number,
  title: r.title,
  decidedOn: r.decidedOn,
  status: {
    status: status,
    repealedOn: CASE WHEN status = 'NOT_YET_ISSUED' THEN null ELSE deciding.on END,
    successors: COLLECT {
      MATCH passage = (r)<-[:REPLACES*0..25]-(passed)
      WHERE all(step IN relationships(passage) WHERE step.on <= $asOf)
        AND all(ruling IN nodes(passage) WHERE ruling = r OR EXISTS {
          (ruling)<-[:REPEALS {extent: 'FULL'}]-(c) WHERE c.decidedOn <= $asOf
        })
      WITH DISTINCT passed
      MATCH (passed)<-[step:REPLACES]-(s)
      WHERE step.on <= $asOf AND s.decidedOn <= $asOf
        AND NOT EXISTS { (s)<-[:REPEALS {extent: 'FULL'}]-(c) WHERE c.decidedOn <= $asOf }
      WITH DISTINCT s
      ORDER BY s.decidedOn, s.number
      RETURN {number: s.number, title: s.title} AS successor
    }
  }
} AS ruling
