// One page of the complaint cases that applied each ruling, newest decision first, ties by case
// id, forward or backward ({{seek}} and {{orderBy}} from src/graphql/keyset.ts; every key of a
// batch reads the same way). The seek starts strictly beyond the key's cursor [decidedOn, id],
// so paging never repeats or skips a case; ORDER BY + LIMIT $limit (the largest page of the batch, plus one to
// tell whether a next page exists) is a top-k, not a sort of every case of a popular ruling.
// Linked nodes come back as keys only: DataLoaders fetch them once per request.
UNWIND $keys AS key
MATCH (r:Ruling {number: key.number})
CALL (r, key) {
  MATCH (r)<-[:APPLIED]-(c:ComplaintCase)
  WHERE {{seek}}
  WITH c
  ORDER BY {{orderBy}}
  LIMIT $limit
  RETURN collect(c {
    .id, .receivedOn, .decidedOn, .outcome, .outcomes, .area,
    authorityCode: COLLECT { MATCH (c)-[:AGAINST]->(a:Authority) RETURN a.code }[0],
    paragraphRefs: COLLECT { MATCH (c)-[:CONCERNS]->(p:Paragraph) RETURN p.ref ORDER BY p.lawId, p.sortKey, p.ref },
    rulingNumbers: COLLECT { MATCH (c)-[:APPLIED]->(x:Ruling) RETURN x.number ORDER BY x.decidedOn, x.number },
    reasonCodes: COLLECT { MATCH (c)-[:REVERSED_FOR]->(x:ReversalReason) RETURN x.code ORDER BY x.code }
  }) AS cases
}
// Only complaint cases APPLY rulings, so the unlabelled pattern is read from the degree store.
RETURN key.key AS key, COUNT { (r)<-[:APPLIED]-() } AS totalCount, cases
