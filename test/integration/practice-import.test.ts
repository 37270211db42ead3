import { readMigrations } from '../../src/db/migrations';
import {
  ACCESS_PATHS,
  AGGREGATIONS,
  CELL_AGGREGATIONS,
  cellStatement,
  practiceStatement,
} from '../../src/practice/practice-statement';
import { importRecords } from '../support/ndjson-fixture';
import { useTestBed } from '../support/test-bed';

/**
 * The importer keeps what practice statistics read (COUNTED_IN to a practice cell per law of a
 * case's paragraphs and one of all laws, authorityCode mirroring AGAINST) in step with the
 * case, and stays idempotent;
 * and every statement the practice repository can assemble compiles.
 */

const { db } = useTestBed({ service: false });

const BASE = [
  { kind: 'law', id: 'XW', title: 'Testlov W', shortTitle: 'testlov w' },
  { kind: 'law', id: 'XV', title: 'Testlov V', shortTitle: 'testlov v' },
  { kind: 'paragraph', ref: 'XW § 1', validFrom: '2010-01-01' },
  { kind: 'paragraph', ref: 'XW § 2', validFrom: '2010-01-01' },
  { kind: 'paragraph', ref: 'XV § 1', validFrom: '2010-01-01' },
  { kind: 'authority', code: 'T01', name: 'Testkommune 1', type: 'MUNICIPALITY' },
  { kind: 'authority', code: 'T02', name: 'Testkommune 2', type: 'MUNICIPALITY' },
];

const theCase = (paragraphs: string[], authority: string, outcomes = ['UPHELD']) => ({
  kind: 'complaintCase',
  id: 'K-1',
  receivedOn: '2024-01-02',
  decidedOn: '2024-05-02',
  authority,
  area: 'social',
  paragraphs,
  outcomes,
});

async function linksOfCase() {
  const [row] = await db.executor.query<{
    laws: string[];
    lawLinks: number;
    authorityCode: string;
    against: string[];
    cells: string[];
  }>(
    `MATCH (c:ComplaintCase {id: 'K-1'})
     RETURN COLLECT { MATCH (c)-[:COUNTED_IN]->(cell:PracticeCell) WHERE cell.law <> '*' RETURN cell.law ORDER BY cell.law } AS laws,
            COUNT { (c)-[:COUNTED_IN]->() } - 1 AS lawLinks,
            c.authorityCode AS authorityCode,
            COLLECT { MATCH (c)-[:AGAINST]->(a) RETURN a.code } AS against,
            COLLECT { MATCH (c)-[:COUNTED_IN]->(cell:PracticeCell) RETURN cell.key ORDER BY cell.key } AS cells`,
  );
  return row;
}

beforeEach(() => db.clear());

describe('importing complaint cases for practice statistics', () => {
  it('links a case once to each law of its paragraphs and mirrors its authority, idempotently', async () => {
    await importRecords(db.executor, [...BASE, theCase(['XW § 1', 'XW § 2', 'XV § 1'], 'T01')]);
    expect(await linksOfCase()).toEqual({
      laws: ['XV', 'XW'],
      lawLinks: 2,
      authorityCode: 'T01',
      against: ['T01'],
      cells: ['*|T01|2024|social|UPHELD', 'XV|T01|2024|social|UPHELD', 'XW|T01|2024|social|UPHELD'],
    });
    const before = await db.counts();
    await importRecords(db.executor, [...BASE, theCase(['XW § 1', 'XW § 2', 'XV § 1'], 'T01')]);
    expect(await db.counts()).toEqual(before);
  });

  it('moves the links when a corrected record changes the paragraphs, the authority or the outcome', async () => {
    await importRecords(db.executor, [...BASE, theCase(['XW § 1', 'XV § 1'], 'T01')]);
    await importRecords(db.executor, [theCase(['XV § 1'], 'T02')]);
    expect(await linksOfCase()).toEqual({
      laws: ['XV'],
      lawLinks: 1,
      authorityCode: 'T02',
      against: ['T02'],
      cells: ['*|T02|2024|social|UPHELD', 'XV|T02|2024|social|UPHELD'],
    });
    await importRecords(db.executor, [theCase(['XW § 2'], 'T01', ['UPHELD', 'REMANDED'])]);
    expect(await linksOfCase()).toEqual({
      laws: ['XW'],
      lawLinks: 1,
      authorityCode: 'T01',
      against: ['T01'],
      cells: ['*|T01|2024|social|REMANDED', 'XW|T01|2024|social|REMANDED'],
    });
    // The cells it left stay behind, empty: practice statements skip cells of size 0.
    const [{ empty }] = await db.executor.query<{ empty: number }>(
      `MATCH (cell:PracticeCell) WHERE NOT EXISTS { (cell)<-[:COUNTED_IN]-() } RETURN count(cell) AS empty`,
    );
    expect(empty).toBe(5);
  });

  it('V0004 and V0005 backfill cases written before the importer wrote these', async () => {
    await importRecords(db.executor, [...BASE, theCase(['XW § 1', 'XW § 2'], 'T02')]);
    await db.executor.write((tx) =>
      tx.run(`MATCH (c:ComplaintCase {id: 'K-1'})-[r:COUNTED_IN]->() DELETE r REMOVE c.authorityCode`),
    );
    await db.executor.write((tx) => tx.run(`MATCH (cell:PracticeCell) DELETE cell`));
    for (const migration of readMigrations().filter((m) => m.version === 4 || m.version === 5)) {
      for (const statement of migration.statements) await db.executor.runAutoCommit(statement);
    }
    expect(await linksOfCase()).toEqual({
      laws: ['XW'],
      lawLinks: 1,
      authorityCode: 'T02',
      against: ['T02'],
      cells: ['*|T02|2024|social|UPHELD', 'XW|T02|2024|social|UPHELD'],
    });
    const [cell] = await db.executor.query(
      `MATCH (cell:PracticeCell {key: 'XW|T02|2024|social|UPHELD'}) RETURN cell {.law, .authority, .year, .area, .outcome} AS cell`,
    );
    expect(cell).toEqual({ cell: { law: 'XW', authority: 'T02', year: 2024, area: 'social', outcome: 'UPHELD' } });
  });
});

describe('assembled practice statements', () => {
  it('compile in Neo4j: every access path with and without checks, and every aggregation', async () => {
    // The join is the same text operation for every pair, so each access path is compiled with
    // one aggregation and each aggregation with two access paths (planning is slow on a busy CI).
    const shapes = [
      ...ACCESS_PATHS.flatMap((path) => [false, true].map((checked) => practiceStatement('totals', path, checked))),
      ...AGGREGATIONS.flatMap((aggregation) => [
        practiceStatement(aggregation, 'ALL', false),
        practiceStatement(aggregation, 'PARAGRAPH', true),
      ]),
      ...CELL_AGGREGATIONS.map(cellStatement),
    ];
    for (const statement of shapes) {
      await expect(db.executor.query(`EXPLAIN ${statement}`, { filters: [] })).resolves.toEqual([]);
    }
  });
});
