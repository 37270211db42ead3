// Practice statistics (issue 6). The importer now writes ComplaintCase.authorityCode with every
// case (it mirrors AGAINST, for grouping and checking by authority without a hop). The backfill
// gives cases imported before the same, and is a no-op where done.
MATCH (c:ComplaintCase)
WHERE c.authorityCode IS NULL
CALL (c) {
  MATCH (c)-[:AGAINST]->(a:Authority)
  SET c.authorityCode = a.code
} IN TRANSACTIONS OF 10000 ROWS;
// Area and decision-date filters together are one index seek.
CREATE INDEX complaint_case_area_decided_on IF NOT EXISTS FOR (n:ComplaintCase) ON (n.area, n.decidedOn);
