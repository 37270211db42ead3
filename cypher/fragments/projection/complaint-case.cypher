// A complaint case as the API's ComplaintCaseRecord (src/complaint-case/complaint-case.type.ts)
// reads it: linked nodes as keys only, which DataLoaders fetch once per request.
{{node}} {
  .id, .receivedOn, .decidedOn, .outcome, .outcomes, .area,
  authorityCode: COLLECT { MATCH ({{node}})-[:AGAINST]->(a:Authority) RETURN a.code }[0],
  paragraphRefs: COLLECT { MATCH ({{node}})-[:CONCERNS]->(p:Paragraph) RETURN p.ref ORDER BY p.lawId, p.sortKey, p.ref },
  rulingNumbers: COLLECT { MATCH ({{node}})-[:APPLIED]->(x:Ruling) RETURN x.number ORDER BY x.decidedOn, x.number },
  reasonCodes: COLLECT { MATCH ({{node}})-[:REVERSED_FOR]->(x:ReversalReason) RETURN x.code ORDER BY x.code }
}
