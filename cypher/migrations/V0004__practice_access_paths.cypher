// Practice statistics (issue 6). The importer now writes, with every complaint case, a
// (:ComplaintCase)-[:UNDER_LAW]->(:Law) link per law of its paragraphs (a law's cases in one hop,
// each once) and ComplaintCase.authorityCode (mirrors AGAINST, for grouping by authority without
// a hop). The two backfills give cases imported before the same; both are no-ops where done.
MATCH (c:ComplaintCase)
WHERE c.authorityCode IS NULL
CALL (c) {
  MATCH (c)-[:AGAINST]->(a:Authority)
  SET c.authorityCode = a.code
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (c:ComplaintCase)
WHERE NOT EXISTS { (c)-[:UNDER_LAW]->(:Law) }
CALL (c) {
  MATCH (c)-[:CONCERNS]->(:Paragraph)-[:PART_OF]->(law:Law)
  WITH DISTINCT law
  MERGE (c)-[:UNDER_LAW]->(law)
} IN TRANSACTIONS OF 10000 ROWS;
// Area and decision-date filters together are one index seek.
CREATE INDEX complaint_case_area_decided_on IF NOT EXISTS FOR (n:ComplaintCase) ON (n.area, n.decidedOn);
