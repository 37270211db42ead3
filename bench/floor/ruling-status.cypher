// Floor for "a ruling by number with its status": the ruling and its status on $asOf in one
// statement, with the status rule and the successors of cypher/fragments/status/.
MATCH (r:Ruling {number: $number})
WITH r, {{> status/kind ruling=r asOf=$asOf}} AS status
WITH r, status, CASE status
    WHEN 'REPEALED' THEN COLLECT { MATCH (r)<-[x:REPEALS {extent: 'FULL'}]-(c) WHERE c.decidedOn <= $asOf RETURN c.decidedOn ORDER BY c.decidedOn }[0]
    WHEN 'PARTIALLY_REPEALED' THEN COLLECT { MATCH (r)<-[x:REPEALS {extent: 'PARTIAL'}]-(c) WHERE c.decidedOn <= $asOf RETURN c.decidedOn ORDER BY c.decidedOn }[0]
  END AS repealedOn
RETURN {
  number: r.number,
  title: r.title,
  decidedOn: r.decidedOn,
  status: {
    status: status,
    repealedOn: repealedOn,
    successors: [s IN {{> status/successors ruling=r asOf=$asOf}} | {number: s.number, title: s.title}]
  }
} AS ruling
