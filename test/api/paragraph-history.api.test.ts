import { importNdjson } from '../../src/importer/importer';
import { executeCounted } from '../support/graphql-in-process';
import { ndjsonFixture } from '../support/ndjson-fixture';
import { ASL_5_RULINGS_REPEALED_IN_2019 } from '../support/seed-facts';
import { useTestBed } from '../support/test-bed';

let fixture: ReturnType<typeof ndjsonFixture>;

const { db, api } = useTestBed({
  seed: true,
  setup: async () => {
    // A three-step history beside the seed: QA § 1 -> QB § 7 (2010) -> QC § 3 (2020), and QA § 2
    // merged into QB § 7 as well.
    fixture = ndjsonFixture([
      { kind: 'law', id: 'QA', title: 'Lov A', shortTitle: 'lov a' },
      { kind: 'law', id: 'QB', title: 'Lov B', shortTitle: 'lov b' },
      { kind: 'law', id: 'QC', title: 'Lov C', shortTitle: 'lov c' },
      { kind: 'paragraph', ref: 'QA § 1', validFrom: '2000-01-01', validTo: '2009-12-31' },
      { kind: 'paragraph', ref: 'QA § 2', validFrom: '2000-01-01', validTo: '2009-12-31' },
      {
        kind: 'paragraph',
        ref: 'QB § 7',
        validFrom: '2010-01-01',
        validTo: '2019-12-31',
        replaces: ['QA § 1', 'QA § 2'],
      },
      { kind: 'paragraph', ref: 'QC § 3', validFrom: '2020-01-01', replaces: ['QB § 7'] },
      {
        kind: 'ruling',
        number: 'C-1-05',
        title: 'Under QA § 1',
        decidedOn: '2005-03-01',
        area: 'social',
        paragraphs: ['QA § 1'],
        cites: [],
      },
      {
        kind: 'ruling',
        number: 'C-2-12',
        title: 'Under QB § 7',
        decidedOn: '2012-03-01',
        area: 'social',
        paragraphs: ['QB § 7'],
        cites: [],
      },
      {
        kind: 'ruling',
        number: 'C-3-21',
        title: 'Under QC § 3',
        decidedOn: '2021-03-01',
        area: 'social',
        paragraphs: ['QC § 3'],
        cites: [],
      },
      {
        kind: 'consolidation',
        id: 'Q-REP',
        decidedOn: '2015-01-01',
        type: 'REPEAL',
        repeals: [{ ruling: 'C-1-05', extent: 'FULL' }],
        containsNewPractice: false,
      },
    ]);
    await importNdjson(db.executor, fixture.path);
  },
  teardown: () => {
    fixture.remove();
  },
});

const HISTORY = `query($ref: String!) { paragraph(ref: $ref) {
  ref law { code }
  predecessors { paragraph { ref } depth on }
  successors { paragraph { ref } depth on }
} }`;

describe('Paragraph.predecessors and successors', () => {
  it('gives BL § 86 its predecessor SEL § 41 and SEL § 41 its successor, with the date', async () => {
    const bl = await api.query(HISTORY, { ref: 'barnets lov §86' });
    expect(bl.body.data!.paragraph).toEqual({
      ref: 'BL § 86',
      law: { code: 'BL' },
      predecessors: [{ paragraph: { ref: 'SEL § 41' }, depth: 1, on: '2024-01-01' }],
      successors: [],
    });
    const sel = await api.query(HISTORY, { ref: 'servicelovens § 41' });
    expect(sel.body.data!.paragraph).toMatchObject({
      predecessors: [],
      successors: [{ paragraph: { ref: 'BL § 86' }, depth: 1, on: '2024-01-01' }],
    });
  });

  it('follows the history transitively, nearest first, with the date of the step at each paragraph', async () => {
    const c = await api.query(HISTORY, { ref: 'QC § 3' });
    expect(c.body.data!.paragraph.predecessors).toEqual([
      { paragraph: { ref: 'QB § 7' }, depth: 1, on: '2020-01-01' },
      { paragraph: { ref: 'QA § 1' }, depth: 2, on: '2010-01-01' },
      { paragraph: { ref: 'QA § 2' }, depth: 2, on: '2010-01-01' },
    ]);
    const a = await api.query(HISTORY, { ref: 'QA § 1' });
    expect(a.body.data!.paragraph.successors).toEqual([
      { paragraph: { ref: 'QB § 7' }, depth: 1, on: '2010-01-01' },
      { paragraph: { ref: 'QC § 3' }, depth: 2, on: '2020-01-01' },
    ]);
  });

  it('batches the history of many paragraphs into one statement', async () => {
    const { result, roundTrips } = await executeCounted(
      db.executor,
      `{ a: paragraph(ref: "QA § 1") { successors { depth } predecessors { depth } }
         b: paragraph(ref: "QB § 7") { successors { depth } predecessors { depth } }
         c: paragraph(ref: "QC § 3") { successors { depth } predecessors { depth } } }`,
    );
    expect(result.errors).toBeUndefined();
    // One: the planner compiles each root with its history, and the three roots, asked alike,
    // run as one statement over their three refs.
    expect(roundTrips).toBe(1);
  });
});

describe('Paragraph.rulings(asOf, includeRepealed)', () => {
  const RULINGS = `query($ref: String!, $asOf: Date, $all: Boolean) { paragraph(ref: $ref) { rulings(asOf: $asOf, includeRepealed: $all) { number } } }`;
  const numbers = async (ref: string, asOf?: string, all?: boolean) =>
    (await api.query(RULINGS, { ref, asOf, all })).body.data!.paragraph.rulings.map((r: any) => r.number);

  it('lists the rulings made directly under the paragraph that apply on the date, newest first', async () => {
    expect(await numbers('SEL § 112', '2024-06-01')).toEqual(['4-24', '20-22', '40-19']);
    expect(await numbers('SEL § 112', '2020-01-01')).toEqual(['40-19']);
    // Carried-over rulings are applicableRulings' business, not this field's.
    expect(await numbers('BL § 86', '2024-06-01')).toEqual([]);
  });

  it('leaves out repealed rulings unless asked, and never lists rulings not yet issued', async () => {
    expect(await numbers('ASL § 5', '2020-01-01')).toEqual(['51-19', '52-19', '53-19']);
    expect(await numbers('ASL § 5', '2020-01-01', true)).toEqual([
      '51-19',
      '52-19',
      '53-19',
      ...ASL_5_RULINGS_REPEALED_IN_2019,
    ]);
    expect(await numbers('QA § 1', '2014-12-31')).toEqual(['C-1-05']);
    expect(await numbers('QA § 1', '2015-01-01')).toEqual([]);
    expect(await numbers('QA § 1', '2015-01-01', true)).toEqual(['C-1-05']);
    expect(await numbers('QA § 1', '2004-01-01', true)).toEqual([]);
  });

  it('batches many paragraphs and dates into one statement', async () => {
    const { result, roundTrips } = await executeCounted(
      db.executor,
      `{ a: paragraph(ref: "SEL § 112") { now: rulings(asOf: "2024-06-01") { number title } then: rulings(asOf: "2020-01-01") { number } }
         b: paragraph(ref: "ASL § 5") { rulings(asOf: "2020-01-01", includeRepealed: true) { number } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect((result.data as any).a.then).toEqual([{ number: '40-19' }]);
    expect(roundTrips).toBe(2);
  });
});
