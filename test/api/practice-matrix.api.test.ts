import { MATRIX_AUTHORITIES, PRACTICE_MATRIX_CYPHER } from '../../bench/lib/practice-matrix';
import { wilsonInterval } from '../../src/practice/wilson-interval';
import { practiceCounts, registeredOf, type OracleOutcome } from '../support/practice-oracle';
import { useTestBed } from '../support/test-bed';

/**
 * Practice for analysts on data this test makes: 98 municipalities with cases in each of 12
 * years (2014-2025) and every quarter, and two small municipalities with one and two cases whose
 * 100 % rates must not top a ranking by default. Every figure is recomputed here from the records.
 */

type Outcome = OracleOutcome;
interface FixtureCase {
  id: string;
  decidedOn: string;
  authority: string;
  outcomes: Outcome[];
}

const YEARS = Array.from({ length: 12 }, (_, i) => 2014 + i);
const MUNICIPALITIES = Array.from({ length: 98 }, (_, i) => `M${String(i + 1).padStart(3, '0')}`);
const SMALL = ['SMALL1', 'SMALL2'];
const CYCLE: Outcome[][] = [
  ['UPHELD'],
  ['CHANGED'],
  ['UPHELD'],
  ['REMANDED'],
  ['DISMISSED'],
  ['UPHELD', 'ANNULLED'],
  ['UPHELD'],
];

function fixtureCases(): FixtureCase[] {
  const cases: FixtureCase[] = [];
  MUNICIPALITIES.forEach((authority, a) => {
    for (const [y, year] of YEARS.entries()) {
      const count = 2 + ((a * 7 + y * 3) % 4);
      for (let k = 0; k < count; k++) {
        const month = 1 + ((a + y * 5 + k * 4) % 12);
        cases.push({
          id: `MX-${authority}-${year}-${k}`,
          decidedOn: `${year}-${String(month).padStart(2, '0')}-${String(1 + ((a + k) % 28)).padStart(2, '0')}`,
          authority,
          outcomes: CYCLE[(a * 3 + y + k) % CYCLE.length],
        });
      }
    }
  });
  cases.push({ id: 'MX-SMALL1-0', decidedOn: '2020-05-05', authority: 'SMALL1', outcomes: ['CHANGED'] });
  cases.push({ id: 'MX-SMALL2-0', decidedOn: '2021-05-05', authority: 'SMALL2', outcomes: ['REMANDED'] });
  cases.push({ id: 'MX-SMALL2-1', decidedOn: '2022-05-05', authority: 'SMALL2', outcomes: ['CHANGED'] });
  return cases;
}

const CASES = fixtureCases();
const registered = registeredOf;
const isReversed = (c: FixtureCase) => ['CHANGED', 'ANNULLED', 'REMANDED'].includes(registered(c));
const quarterOf = (c: FixtureCase) => Math.floor((Number(c.decidedOn.slice(5, 7)) - 1) / 3) + 1;

/** The oracle of one set of cases, with the interval computed by the same function the API uses. */
function counts(set: FixtureCase[]) {
  const figures = practiceCounts(set);
  return { ...figures, reversalRateInterval: wilsonInterval(figures.reversed, figures.onMerits) };
}

const MATRIX = `query MunicipalityYearMatrix {
  practice(filter: { decidedFrom: "2014-01-01", decidedTo: "2025-12-31" }) {
    byAuthority(first: 100, orderBy: DECIDED_DESC) {
      authority { code name }
      decided onMerits reversed reversalRate reversalRateInterval { low high }
      byYear {
        year decided onMerits reversed reversalRate reversalRateInterval { low high }
        outcomes { upheld changed annulled remanded dismissed }
      }
      byQuarter { year quarter decided onMerits reversed reversalRate reversalRateInterval { low high } outcomes { upheld changed annulled remanded dismissed } }
    }
  }
}`;

const { db, api } = useTestBed({
  records: [
    { kind: 'law', id: 'XM', title: 'Testlov M', shortTitle: 'testlov m' },
    { kind: 'paragraph', ref: 'XM § 1', title: 'Første', validFrom: '2010-01-01' },
    ...[...MUNICIPALITIES, ...SMALL].map((code) => ({
      kind: 'authority',
      code,
      name: `Kommune ${code}`,
      type: 'MUNICIPALITY',
    })),
    ...CASES.map((c) => ({
      kind: 'complaintCase',
      receivedOn: '2013-12-01',
      paragraphs: ['XM § 1'],
      applied: [],
      reasons: [],
      area: 'social',
      ...c,
    })),
  ],
  timeoutMs: 300_000,
});

/** Every request counts its Cypher round trips, so a test can assert the table is not one per row. */
const post = (query: string, variables?: Record<string, unknown>) => api.countedQuery(query, variables);

describe('practice: the municipality × year (and × quarter) table in one request', () => {
  it('returns all 98 municipalities over 12 years and their quarters, within the default limits, in one statement', async () => {
    const result = await post(MATRIX);
    expect(result.errors).toBeUndefined();
    const rows = result.data.practice.byAuthority;
    // The two small municipalities fall below the default minOnMerits.
    expect(rows.map((row: any) => row.authority.code).sort()).toEqual(MUNICIPALITIES);
    for (const row of rows) {
      const own = CASES.filter((c) => c.authority === row.authority.code);
      const { outcomes: _outcomes, ...total } = counts(own);
      expect({ ...row, byYear: undefined, byQuarter: undefined }).toEqual({
        authority: { code: row.authority.code, name: `Kommune ${row.authority.code}` },
        ...total,
        byYear: undefined,
        byQuarter: undefined,
      });
      expect(row.byYear).toEqual(
        YEARS.map((year) => ({ year, ...counts(own.filter((c) => c.decidedOn.startsWith(String(year)))) })),
      );
      const quarters = YEARS.flatMap((year) => [1, 2, 3, 4].map((quarter) => ({ year, quarter })))
        .map(({ year, quarter }) => ({
          year,
          quarter,
          set: own.filter((c) => c.decidedOn.startsWith(String(year)) && quarterOf(c) === quarter),
        }))
        .filter(({ set }) => set.length > 0)
        .map(({ year, quarter, set }) => ({ year, quarter, ...counts(set) }));
      expect(row.byQuarter).toEqual(quarters);
    }
    // The fixture puts cases in every quarter somewhere: the table is 98 × 48 at most.
    expect(new Set(rows.flatMap((row: any) => row.byQuarter.map((q: any) => `${q.year}-${q.quarter}`))).size).toBe(48);
    // One statement (the query planner: byAuthority, the years and the quarters of every
    // authority as subqueries), not one per municipality.
    expect(result.extensions!.roundTrips).toBe(1);
  });

  it('gives PracticeStats.byQuarter the quarters of the whole filter, adding up to its byYear', async () => {
    const result = await post(
      `{ practice(filter: { law: "XM" }) { byYear { year decided reversed } byQuarter { year quarter decided reversed } } }`,
    );
    expect(result.errors).toBeUndefined();
    const { byYear, byQuarter } = result.data.practice;
    expect(byQuarter).toHaveLength(48);
    for (const year of byYear) {
      const own = byQuarter.filter((q: any) => q.year === year.year);
      expect(own.reduce((sum: number, q: any) => sum + q.decided, 0)).toBe(year.decided);
      expect(own.reduce((sum: number, q: any) => sum + q.reversed, 0)).toBe(year.reversed);
    }
    expect(byQuarter[0]).toEqual({
      year: 2014,
      quarter: 1,
      decided: CASES.filter((c) => c.decidedOn.startsWith('2014') && quarterOf(c) === 1).length,
      reversed: expect.any(Number),
    });
  });

  it("answers as the bench's floor statement for the table does (bench/lib/practice-matrix.ts)", async () => {
    const [floor] = await db.executor.query<{ matrix: unknown }>(PRACTICE_MATRIX_CYPHER);
    const result =
      await post(`{ practice(filter: {}) { byAuthority(first: ${MATRIX_AUTHORITIES}, orderBy: DECIDED_DESC, minOnMerits: 0) {
      authority { code name } decided onMerits reversed byYear { year decided onMerits reversed reversalRate } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.practice.byAuthority).toHaveLength(MUNICIPALITIES.length + SMALL.length);
    expect(result.data.practice).toEqual(floor.matrix);
  });

  it('refuses the same table for 500 authorities by quarter and year, before any statement runs', async () => {
    const abusive = MATRIX.replace('first: 100', 'first: 500');
    const result = await post(abusive);
    expect(result.data).toBeUndefined();
    expect(result.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0].message).toMatch(/Query is too complex/);
  });
});

describe('practice: a ranking fair to small municipalities', () => {
  const ranking = (args: string) =>
    post(
      `{ practice(filter: { law: "XM" }) { byAuthority(${args}) { authority { code } onMerits reversalRate reversalRateInterval { low high } } } }`,
    );

  it('leaves out authorities with fewer than 20 cases on the merits by default, so 1 of 1 does not top it at 100 %', async () => {
    const result = await ranking('first: 3');
    expect(result.errors).toBeUndefined();
    const top = result.data.practice.byAuthority;
    expect(top.map((row: any) => row.authority.code)).not.toEqual(expect.arrayContaining(['SMALL1']));
    for (const row of top) expect(row.onMerits).toBeGreaterThanOrEqual(20);
    const byRate = MUNICIPALITIES.map((code) => ({ code, ...counts(CASES.filter((c) => c.authority === code)) })).sort(
      (a, b) => b.reversalRate! - a.reversalRate! || b.decided - a.decided || (a.code < b.code ? -1 : 1),
    );
    expect(top.map((row: any) => row.authority.code)).toEqual(byRate.slice(0, 3).map((row) => row.code));
  });

  it('lists the small ones with minOnMerits: 0, their wide intervals saying how little 1 or 2 cases tell', async () => {
    const result = await ranking('first: 2, minOnMerits: 0');
    expect(result.data.practice.byAuthority).toEqual([
      { authority: { code: 'SMALL2' }, onMerits: 2, reversalRate: 1, reversalRateInterval: wilsonInterval(2, 2) },
      { authority: { code: 'SMALL1' }, onMerits: 1, reversalRate: 1, reversalRateInterval: wilsonInterval(1, 1) },
    ]);
    // Wilson 95 %: 1 of 1 is somewhere from 20.7 % to 100 %.
    expect(result.data.practice.byAuthority[1].reversalRateInterval.low).toBeCloseTo(0.2065, 4);
  });

  it('puts an interval on the totals too, and none where no case is on the merits', async () => {
    const result = await post(`{
      all: practice(filter: { law: "XM" }) { reversed onMerits reversalRateInterval { low high } }
      none: practice(filter: { law: "XM", decidedFrom: "2030-01-01" }) { reversalRate reversalRateInterval { low high } }
    }`);
    expect(result.errors).toBeUndefined();
    const { reversed, onMerits } = counts(CASES);
    expect(result.data.all).toEqual({ reversed, onMerits, reversalRateInterval: wilsonInterval(reversed, onMerits) });
    expect(result.data.none).toEqual({ reversalRate: null, reversalRateInterval: null });
  });
});

describe('practice.cases: the cases behind a rate', () => {
  const PAGE = `query Cases($filter: PracticeFilter!, $among: PracticeCaseSet!, $after: String) {
    practice(filter: $filter) {
      cases(first: 7, after: $after, among: $among) {
        totalCount
        edges { cursor node { id: caseId decidedOn outcome authority { code } } }
        pageInfo { hasNextPage hasPreviousPage endCursor }
      }
    }
  }`;

  async function allPages(filter: Record<string, unknown>, among: string) {
    const seen: any[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const result = await post(PAGE, { filter, among, after });
      expect(result.errors).toBeUndefined();
      const { edges, pageInfo, totalCount } = result.data.practice.cases;
      expect(pageInfo.hasPreviousPage).toBe(after !== null);
      totals.push(totalCount);
      seen.push(...edges.map((edge: any) => edge.node));
      if (!pageInfo.hasNextPage) return { seen, totals };
      expect(edges).toHaveLength(7);
      after = pageInfo.endCursor;
    }
    throw new Error('more than 100 pages');
  }

  /** Newest decision first, ties by id, as Neo4j orders strings. */
  const pageOrder = (a: FixtureCase, b: FixtureCase) =>
    a.decidedOn > b.decidedOn ? -1 : a.decidedOn < b.decidedOn ? 1 : a.id < b.id ? -1 : 1;

  it.each([
    ['REVERSED', isReversed],
    ['ON_MERITS', (c: FixtureCase) => registered(c) !== 'DISMISSED'],
    ['DECIDED', () => true],
    ['DISMISSED', (c: FixtureCase) => registered(c) === 'DISMISSED'],
  ] as const)(
    'pages through the %s cases of one municipality, each once, in order, totalCount the figure behind',
    async (among, keep) => {
      const expected = CASES.filter((c) => c.authority === 'M007' && keep(c)).sort(pageOrder);
      const { seen, totals } = await allPages({ authority: 'M007' }, among);
      expect(seen.map((node) => node.id)).toEqual(expected.map((c) => c.id));
      expect(seen.every((node) => node.authority.code === 'M007')).toBe(true);
      expect(new Set(totals)).toEqual(new Set([expected.length]));
    },
  );

  it('reaches the cases of a cell of the table: a municipality in one year, through the cases access path', async () => {
    const filter = { authority: 'M042', law: 'XM', decidedFrom: '2019-01-01', decidedTo: '2019-12-31' };
    const expected = CASES.filter(
      (c) => c.authority === 'M042' && c.decidedOn.startsWith('2019') && isReversed(c),
    ).sort(pageOrder);
    const { seen } = await allPages(filter, 'REVERSED');
    expect(seen.map((node) => node.id)).toEqual(expected.map((c) => c.id));
    const table = await post(
      `{ practice(filter: { law: "XM" }) { byAuthority(first: 100) { authority { code } byYear { year reversed } } } }`,
    );
    const cell = table.data.practice.byAuthority
      .find((row: any) => row.authority.code === 'M042')
      .byYear.find((row: any) => row.year === 2019);
    expect(cell.reversed).toBe(expected.length);
  });

  it('refuses a cursor it did not issue and a page size out of range, naming the argument', async () => {
    const bad = await post(PAGE, { filter: {}, among: 'DECIDED', after: 'not-a-cursor' });
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toMatch(/after/);
    const tooMany = await post(`{ practice(filter: {}) { cases(first: 101) { totalCount } } }`);
    expect(tooMany.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0].message).toMatch(/first must be from 0 to 100/);
  });
});
