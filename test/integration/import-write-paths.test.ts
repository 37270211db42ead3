import { writeBatch } from '../../src/importer/batch-writer';
import type { ImportRecord } from '../../src/importer/import-schema';
import { importNdjson } from '../../src/importer/importer';
import { validateRecordLine } from '../../src/importer/record-validator';
import { syntheticRecords } from '../../seed/synthetic';
import { graphFingerprint } from '../support/graph-fingerprint';
import { importRecords, ndjsonFixture } from '../support/ndjson-fixture';
import { useTestBed } from '../support/test-bed';

/**
 * The importer writes keys new to the database with CREATE-only statements and corrects stored
 * keys with MERGE statements that also remove stale links. Both paths must end in exactly the
 * same graph, whatever mix of new and stored keys a batch holds: compared here by a full
 * fingerprint of the graph (every node with its properties, every relationship with its ends
 * and properties), not just counts.
 */

const { db } = useTestBed({ service: false });

const fingerprint = () => graphFingerprint(db.executor);

function synthetic(cases: number): ImportRecord[] {
  return [...syntheticRecords({ rulings: 300, cases, seed: 7 })].map((record, index) => {
    const result = validateRecordLine(JSON.stringify(record), index + 1);
    if (!result.ok) throw new Error(`synthetic record ${index + 1} invalid`);
    return result.record;
  });
}

/** writeBatch alone (no checks), in batches, as an import cut off or a lower-level writer leaves it. */
async function writeInBatches(records: ImportRecord[], size = 500): Promise<void> {
  for (let i = 0; i < records.length; i += size) await writeBatch(db.executor, records.slice(i, i + size));
}

async function importList(records: ImportRecord[], batchSize?: number, writers?: number): Promise<void> {
  const fixture = ndjsonFixture(records);
  try {
    await importNdjson(db.executor, fixture.path, { batchSize, writers });
  } finally {
    fixture.remove();
  }
}

describe('new and stored keys end in the same graph', () => {
  const records = synthetic(1500);
  let complete: string[];

  beforeAll(async () => {
    await db.clear();
    await importList(records);
    complete = await fingerprint();
    expect(complete.length).toBeGreaterThan(1500 * 5);
  });

  beforeEach(() => db.clear());

  it('after a partial import, with batches mixing stored and new rulings and cases', async () => {
    // Every other ruling and case, and the rest of the stream they need, reached the database.
    const partial = records.filter(
      (record, index) => (record.kind !== 'complaintCase' && record.kind !== 'ruling') || index % 2 === 0,
    );
    // (Cases that apply a ruling not written yet are stored without that link: a real partial state.)
    await writeInBatches(partial.filter((record) => record.kind !== 'consolidation'));
    expect((await fingerprint()).length).toBeLessThan(complete.length);
    await importList(records, 350);
    expect(await fingerprint()).toEqual(complete);
  });

  it('with two writers writing batches of cases side by side, also over a partial import', async () => {
    await importList(records, 200, 2);
    expect(await fingerprint()).toEqual(complete);
    await db.clear();
    await writeInBatches(records.filter((record, index) => record.kind !== 'complaintCase' || index % 3 === 0));
    await importList(records, 150, 2);
    expect(await fingerprint()).toEqual(complete);
  });

  it('when the same file is imported twice (every key stored), in other batch sizes', async () => {
    await importList(records, 1000);
    await importList(records, 270);
    expect(await fingerprint()).toEqual(complete);
  });

  it('after stored cases and rulings held other values and links (corrections)', async () => {
    await importList(records);
    // Move every stored case to other paragraphs, authority, outcome and rulings, and every ruling
    // to other paragraphs and citations: the real import must restore every value and link.
    const distorted = records.map((record): ImportRecord => {
      if (record.kind === 'complaintCase') {
        return {
          ...record,
          authority: 'S001',
          area: 'pension',
          outcomes: ['DISMISSED'],
          paragraphs: record.paragraphs.slice(0, 1),
          applied: [],
          reasons: ['OTHER'],
        };
      }
      if (record.kind === 'ruling') return { ...record, title: 'Forkert titel', summary: undefined, cites: [] };
      return record;
    });
    await writeInBatches(distorted.filter((record) => record.kind !== 'consolidation'));
    expect(await fingerprint()).not.toEqual(complete);
    await importList(records, 1200);
    expect(await fingerprint()).toEqual(complete);
  });
});

describe('keys repeated or linked within one batch', () => {
  const base = [
    { kind: 'law', id: 'SEL', title: 'Lov om social service', shortTitle: 'serviceloven' },
    { kind: 'paragraph', ref: 'SEL § 41', validFrom: '2006-01-01' },
    { kind: 'paragraph', ref: 'SEL § 42', validFrom: '2006-01-01' },
    { kind: 'authority', code: '101', name: 'København', type: 'MUNICIPALITY' },
    { kind: 'authority', code: '147', name: 'Frederiksberg', type: 'MUNICIPALITY' },
    { kind: 'reversalReason', code: 'INFO', label: 'Utilstrækkeligt oplysningsgrundlag' },
  ];
  const ruling = (number: string, extra: object = {}) => ({
    kind: 'ruling',
    number,
    title: `Afgørelse ${number}`,
    decidedOn: '2020-01-01',
    area: 'children',
    paragraphs: ['SEL § 41'],
    ...extra,
  });
  const theCase = (extra: object = {}) => ({
    kind: 'complaintCase',
    id: 'K-1',
    receivedOn: '2024-01-02',
    decidedOn: '2024-05-02',
    authority: '101',
    area: 'social',
    paragraphs: ['SEL § 41'],
    outcomes: ['UPHELD'],
    ...extra,
  });

  beforeEach(() => db.clear());

  it('keeps the last record of a key that is new and repeated in the same batch', async () => {
    await importRecords(db.executor, [
      ...base,
      ruling('1-20', { title: 'Først' }),
      ruling('2-20', { cites: ['1-20'] }),
      ruling('1-20', { title: 'Rettet', paragraphs: ['SEL § 42'] }),
      theCase({ authority: '147', paragraphs: ['SEL § 42'], applied: ['1-20'] }),
      theCase({ outcomes: ['CHANGED'], reasons: ['INFO'], applied: ['2-20'] }),
    ]);
    const [row] = await db.executor.query<Record<string, unknown>>(`
      MATCH (r:Ruling {number: '1-20'}), (c:ComplaintCase {id: 'K-1'})
      RETURN r.title AS title,
             COLLECT { MATCH (r)-[:INTERPRETS]->(p) RETURN p.ref } AS interprets,
             COLLECT { MATCH (:Ruling {number: '2-20'})-[:CITES]->(x) RETURN x.number } AS cites,
             COUNT { MATCH (n:ComplaintCase) RETURN n } AS cases,
             c.outcome AS outcome,
             COLLECT { MATCH (c)-[:AGAINST]->(a) RETURN a.code } AS against,
             COLLECT { MATCH (c)-[:CONCERNS]->(p) RETURN p.ref } AS concerns,
             COLLECT { MATCH (c)-[:APPLIED]->(x) RETURN x.number } AS applied,
             COLLECT { MATCH (c)-[:REVERSED_FOR]->(x) RETURN x.code } AS reasons,
             COLLECT { MATCH (c)-[:COUNTED_IN]->(cell) RETURN cell.key ORDER BY cell.key } AS cells`);
    expect(row).toEqual({
      title: 'Rettet',
      interprets: ['SEL § 42'],
      cites: ['1-20'],
      cases: 1,
      outcome: 'CHANGED',
      against: ['101'],
      concerns: ['SEL § 41'],
      applied: ['2-20'],
      reasons: ['INFO'],
      cells: ['*|101|2024|social|CHANGED', 'SEL|101|2024|social|CHANGED'],
    });
  });

  it('writes a link once when two spellings of a ref become the same key', async () => {
    await importRecords(db.executor, [
      ...base,
      ruling('1-20', { paragraphs: ['SEL § 41', 'serviceloven §41'] }),
      theCase({ paragraphs: ['SEL §41', 'SEL § 41'] }),
    ]);
    const [row] = await db.executor.query<{ interprets: number; concerns: number }>(`
      RETURN COUNT { (:Ruling {number: '1-20'})-[:INTERPRETS]->() } AS interprets, COUNT { (:ComplaintCase {id: 'K-1'})-[:CONCERNS]->() } AS concerns`);
    expect(row).toEqual({ interprets: 1, concerns: 1 });
  });

  it('lets a corrected stored ruling cite a ruling new in the same batch', async () => {
    await importRecords(db.executor, [...base, ruling('1-20')]);
    await importRecords(db.executor, [...base, ruling('2-20'), ruling('1-20', { cites: ['2-20'] })]);
    const [row] = await db.executor.query<{ cites: string[] }>(
      `MATCH (:Ruling {number: '1-20'})-[:CITES]->(x) RETURN collect(x.number) AS cites`,
    );
    expect(row.cites).toEqual(['2-20']);
  });
});
