// Practice cells (src/complaint-case/practice-cell.ts): complaint cases counted by law,
// authority, year, area and registered outcome, so practice totals, byYear and byAuthority sum
// cell degrees instead of reading every case, and a law's cases are reached through its cells. The importer links each case to its cells; the
// backfill gives cases imported before the same links, with the key built as practiceCellKey
// builds it, and is a no-op where done.
CREATE CONSTRAINT practice_cell_key IF NOT EXISTS FOR (n:PracticeCell) REQUIRE n.key IS UNIQUE;
CREATE INDEX practice_cell_law IF NOT EXISTS FOR (n:PracticeCell) ON (n.law);
MATCH (c:ComplaintCase)
WHERE NOT EXISTS { (c)-[:COUNTED_IN]->() }
CALL (c) {
  UNWIND COLLECT { MATCH (c)-[:CONCERNS]->(p:Paragraph) RETURN DISTINCT p.lawId } + ['*'] AS law
  WITH c, law, toInteger(substring(c.decidedOn, 0, 4)) AS year
  MERGE (cell:PracticeCell {key: law + '|' + c.authorityCode + '|' + toString(year) + '|' + coalesce(c.area, '') + '|' + c.outcome})
  ON CREATE SET cell.law = law, cell.authority = c.authorityCode, cell.year = year, cell.area = c.area, cell.outcome = c.outcome
  MERGE (c)-[:COUNTED_IN]->(cell)
} IN TRANSACTIONS OF 10000 ROWS;
