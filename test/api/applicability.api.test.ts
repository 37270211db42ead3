import { importNdjson } from '../../src/importer/importer';
import { executeCounted } from '../support/graphql-in-process';
import { ndjsonFixture } from '../support/ndjson-fixture';
import { ASL_5_RULINGS_REPEALED_IN_2019 } from '../support/seed-facts';
import { useTestBed } from '../support/test-bed';

const APPLICABLE = `query($paragraph: String!, $asOf: Date) {
  applicableRulings(paragraph: $paragraph, asOf: $asOf) {
    ruling { number decidedOn } status direct via { ref }
  }
}`;

async function applicable(paragraph: string, asOf?: string) {
  return api.query(APPLICABLE, { paragraph, asOf });
}

const { db, api } = useTestBed({ seed: true });

describe('applicableRulings on the real seed', () => {
  it('carries 10-14 over from SEL § 41 to barnets lov §86 on 2024-06-01 (direct: false)', async () => {
    const { body } = await applicable('barnets lov §86', '2024-06-01');
    expect(body.errors).toBeUndefined();
    expect(body.data!.applicableRulings).toContainEqual({
      ruling: { number: '10-14', decidedOn: '2014-07-01' },
      status: 'IN_FORCE',
      direct: false,
      via: { ref: 'SEL § 41' },
    });
  });

  it('marks rulings made under the paragraph itself as direct', async () => {
    const { body } = await applicable('serviceloven § 112', '2024-06-01');
    expect(body.data!.applicableRulings).toEqual([
      {
        ruling: { number: '4-24', decidedOn: '2024-01-01' },
        status: 'IN_FORCE',
        direct: true,
        via: { ref: 'SEL § 112' },
      },
      {
        ruling: { number: '20-22', decidedOn: '2022-06-28' },
        status: 'IN_FORCE',
        direct: true,
        via: { ref: 'SEL § 112' },
      },
      {
        ruling: { number: '40-19', decidedOn: '2019-01-01' },
        status: 'IN_FORCE',
        direct: true,
        via: { ref: 'SEL § 112' },
      },
    ]);
  });

  it('leaves out rulings repealed by the date and those not yet issued, newest first', async () => {
    const after = await applicable('ASL § 5', '2020-01-01');
    expect(after.body.data!.applicableRulings.map((a: any) => a.ruling.number)).toEqual(['51-19', '52-19', '53-19']);

    // Before the 2019 consolidations the old rulings applied and 51-19 did not exist yet.
    const before = await applicable('ASL § 5', '2018-06-01');
    expect(before.body.data!.applicableRulings.map((a: any) => a.ruling.number)).toEqual(
      ASL_5_RULINGS_REPEALED_IN_2019,
    );
  });

  it('explains a date after the paragraph ended by naming its successor', async () => {
    const { body } = await applicable('SEL § 41', '2024-06-01');
    expect(body.data).toEqual({ applicableRulings: null });
    expect(body.errors![0].message).toBe('SEL § 41 was in force until 2023-12-31; on 2024-06-01 use BL § 86');
    expect(body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'asOf',
      expected: expect.stringContaining('2006-01-01 to 2023-12-31'),
    });
  });

  it('explains a date before the paragraph began by naming its predecessor', async () => {
    const { body } = await applicable('BL § 86', '2020-01-01');
    expect(body.errors![0].message).toBe('BL § 86 came into force on 2024-01-01; on 2020-01-01 use SEL § 41');
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('answers SEL § 41 on a date it was in force, with its own rulings as direct', async () => {
    const { body } = await applicable('SEL § 41', '2020-01-01');
    expect(body.data!.applicableRulings).toEqual([
      {
        ruling: { number: '10-14', decidedOn: '2014-07-01' },
        status: 'IN_FORCE',
        direct: true,
        via: { ref: 'SEL § 41' },
      },
    ]);
  });

  it('refuses an unknown paragraph and a malformed one with BAD_USER_INPUT', async () => {
    const unknown = await applicable('SEL § 999', '2024-06-01');
    expect(unknown.body.errors![0]).toMatchObject({
      message: 'paragraph: unknown paragraph "SEL § 999"',
      extensions: { code: 'BAD_USER_INPUT', field: 'paragraph' },
    });
    const malformed = await applicable('fooloven § 3');
    expect(malformed.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(malformed.body.errors![0].message).toMatch(/^paragraph: /);
  });

  it('defaults asOf to today: BL § 86 is in force now and still carries 10-14 over', async () => {
    const { body } = await applicable('BL § 86');
    expect(body.data!.applicableRulings.map((a: any) => a.ruling.number)).toContain('10-14');
  });

  it('takes one statement for the list and its ruling and paragraph fields', async () => {
    const { result, roundTrips } = await executeCounted(
      db.executor,
      `{ applicableRulings(paragraph: "BL § 86", asOf: "2024-06-01") { ruling { number title summary decidedOn area } status direct via { ref title validTo } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect((result.data as any).applicableRulings).toHaveLength(1);
    expect(roundTrips).toBe(1);
  });

  it('gives the full status through the lineage loader, batched into one more statement', async () => {
    const { result, roundTrips } = await executeCounted(
      db.executor,
      `{ applicableRulings(paragraph: "ASL § 5", asOf: "2020-01-01") { ruling { number } statusDetail { status asOf lawChanged } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect((result.data as any).applicableRulings).toEqual([
      { ruling: { number: '51-19' }, statusDetail: { status: 'IN_FORCE', asOf: '2020-01-01', lawChanged: false } },
      { ruling: { number: '52-19' }, statusDetail: { status: 'IN_FORCE', asOf: '2020-01-01', lawChanged: false } },
      { ruling: { number: '53-19' }, statusDetail: { status: 'IN_FORCE', asOf: '2020-01-01', lawChanged: false } },
    ]);
    expect(roundTrips).toBe(2);
  });
});

describe('applicableRulings with a partial repeal', () => {
  let fixture: ReturnType<typeof ndjsonFixture>;

  beforeAll(async () => {
    // Real write path: a consolidation that repeals 10-14 in part from 2024-03-01.
    fixture = ndjsonFixture([
      {
        kind: 'consolidation',
        id: 'TEST-PARTIAL',
        title: 'Delvis ophævelse',
        decidedOn: '2024-03-01',
        type: 'REPEAL',
        repeals: [{ ruling: '10-14', extent: 'PARTIAL' }],
        containsNewPractice: false,
      },
    ]);
    await importNdjson(db.executor, fixture.path);
  });

  afterAll(() => fixture.remove());

  it('keeps a partially repealed ruling and flags it by status, from the day the repeal took effect', async () => {
    const later = await applicable('BL § 86', '2024-06-01');
    expect(later.body.data!.applicableRulings).toContainEqual(
      expect.objectContaining({ ruling: expect.objectContaining({ number: '10-14' }), status: 'PARTIALLY_REPEALED' }),
    );
    const earlier = await applicable('BL § 86', '2024-02-01');
    expect(earlier.body.data!.applicableRulings).toContainEqual(
      expect.objectContaining({ ruling: expect.objectContaining({ number: '10-14' }), status: 'IN_FORCE' }),
    );
  });
});
