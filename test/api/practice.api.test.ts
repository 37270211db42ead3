import { executeCounted } from '../support/graphql-in-process';
import { importRecords } from '../support/ndjson-fixture';
import { type OracleOutcome, practiceCounts, REVERSAL_OUTCOMES, registeredOf } from '../support/practice-oracle';
import { useTestBed } from '../support/test-bed';

/**
 * Practice statistics on a hand-made fixture whose every count is known: Ankestyrelsen's worked
 * example (19 remanded and 5 changed of 129 cases on the merits = 18.6 %) under law XW, spread
 * over three years and three authorities, plus a little noise under law XV that a law filter
 * must leave out.
 */

interface FixtureCase {
  id: string;
  decidedOn: string;
  authority: string;
  paragraphs: string[];
  outcomes: OracleOutcome[];
  area: string;
  applied: string[];
  reasons: string[];
}

const AUTHORITIES = ['T01', 'T02', 'T03'];

/** 19 remanded, 4 changed + 1 registered [UPHELD, REMANDED, CHANGED], 105 upheld, 7 dismissed. */
function workedExampleCases(): FixtureCase[] {
  const outcomes: OracleOutcome[][] = [
    ...Array.from({ length: 19 }, () => ['REMANDED'] as OracleOutcome[]),
    ...Array.from({ length: 4 }, () => ['CHANGED'] as OracleOutcome[]),
    ['UPHELD', 'REMANDED', 'CHANGED'],
    ...Array.from({ length: 105 }, () => ['UPHELD'] as OracleOutcome[]),
    ...Array.from({ length: 7 }, () => ['DISMISSED'] as OracleOutcome[]),
  ];
  return outcomes.map((caseOutcomes, i) => {
    const reversed = caseOutcomes.some((outcome) => outcome === 'CHANGED' || outcome === 'REMANDED');
    const year = 2023 + (i % 3);
    return {
      id: `W-${String(i).padStart(4, '0')}`,
      decidedOn: `${year}-0${1 + (i % 9)}-15`,
      authority: AUTHORITIES[Math.floor(i / 7) % 3],
      // Every tenth case concerns two paragraphs of XW: the law filter must count it once.
      paragraphs: i % 10 === 0 ? ['XW § 1', 'XW § 2'] : i % 2 === 0 ? ['XW § 2'] : ['XW § 1'],
      outcomes: caseOutcomes,
      area: i % 4 === 0 ? 'disability' : 'social',
      applied: reversed ? (i % 2 === 0 ? ['1-20', '2-21'] : ['1-20']) : ['3-22'],
      // One upheld case carries a reason by mistake; reasons count reversed cases only.
      reasons: reversed
        ? caseOutcomes.includes('CHANGED')
          ? ['HEARING']
          : i % 3 === 0
            ? ['INFO', 'HEARING']
            : ['INFO']
        : i === 30
          ? ['INFO']
          : [],
    };
  });
}

/** Cases under law XV only, which a filter on XW must not count. */
function otherLawCases(): FixtureCase[] {
  return Array.from({ length: 12 }, (_, i) => ({
    id: `V-${String(i).padStart(4, '0')}`,
    decidedOn: `2024-0${1 + (i % 9)}-20`,
    authority: AUTHORITIES[i % 3],
    paragraphs: ['XV § 1'],
    outcomes: [i % 2 === 0 ? 'ANNULLED' : 'UPHELD'] as OracleOutcome[],
    area: 'social',
    applied: i % 2 === 0 ? ['3-22'] : [],
    reasons: i % 2 === 0 ? ['INFO'] : [],
  }));
}

const W = workedExampleCases();
const V = otherLawCases();
/** The oracle: counts computed from the fixture, independently of Neo4j (test/support/practice-oracle.ts). */
const expected = practiceCounts;

async function practice(filter: Record<string, unknown>, selection: string) {
  const { body } = await api.query(`query($filter: PracticeFilter!) { practice(filter: $filter) { ${selection} } }`, {
    filter,
  });
  expect(body.errors).toBeUndefined();
  return body.data!.practice;
}

const TOTALS = 'decided onMerits reversed reversalRate outcomes { upheld changed annulled remanded dismissed }';

const { db, api } = useTestBed({
  setup: async () => {
    await importRecords(db.executor, [
      { kind: 'law', id: 'XW', title: 'Testlov W', shortTitle: 'testlov w' },
      { kind: 'law', id: 'XV', title: 'Testlov V', shortTitle: 'testlov v' },
      { kind: 'paragraph', ref: 'XW § 1', title: 'Første', validFrom: '2010-01-01' },
      { kind: 'paragraph', ref: 'XW § 2', title: 'Anden', validFrom: '2010-01-01' },
      { kind: 'paragraph', ref: 'XV § 1', title: 'Ny første', validFrom: '2024-01-01', replaces: ['XW § 1'] },
      {
        kind: 'ruling',
        number: '1-20',
        title: 'Første afgørelse',
        decidedOn: '2020-03-01',
        area: 'social',
        paragraphs: ['XW § 1'],
      },
      {
        kind: 'ruling',
        number: '2-21',
        title: 'Anden afgørelse',
        decidedOn: '2021-03-01',
        area: 'social',
        paragraphs: ['XW § 2'],
      },
      {
        kind: 'ruling',
        number: '3-22',
        title: 'Tredje afgørelse',
        decidedOn: '2022-03-01',
        area: 'social',
        paragraphs: ['XW § 1'],
      },
      {
        kind: 'consolidation',
        id: 'T-2023',
        decidedOn: '2023-01-01',
        type: 'REPEAL',
        repeals: [{ ruling: '2-21', extent: 'FULL' }],
        containsNewPractice: false,
      },
      ...AUTHORITIES.map((code, i) => ({
        kind: 'authority',
        code,
        name: `Testkommune ${i + 1}`,
        type: 'MUNICIPALITY',
      })),
      { kind: 'authority', code: 'T99', name: 'Kommune uden sager', type: 'MUNICIPALITY' },
      { kind: 'reversalReason', code: 'INFO', label: 'Utilstrækkeligt oplysningsgrundlag eller begrundelse' },
      { kind: 'reversalReason', code: 'HEARING', label: 'Manglende partshøring' },
      ...[...W, ...V].map((c) => ({ kind: 'complaintCase', receivedOn: '2022-12-01', ...c })),
    ]);
  },
});

describe("practice: Ankestyrelsen's worked example", () => {
  it('19 remanded and 5 changed of 129 cases on the merits give a reversal rate of 0.186, dismissed cases left out', async () => {
    const stats = await practice({ law: 'XW' }, TOTALS);
    expect(stats.outcomes).toEqual({ upheld: 105, changed: 5, annulled: 0, remanded: 19, dismissed: 7 });
    expect(stats.onMerits).toBe(129);
    expect(stats.decided).toBe(136);
    expect(stats.reversed).toBe(24);
    expect(stats.reversalRate.toFixed(3)).toBe('0.186');
  });

  it('counts a case registered with outcomes [UPHELD, REMANDED, CHANGED] as CHANGED', async () => {
    const [row] = await db.executor.query<{ outcome: string; outcomes: string[] }>(
      `MATCH (c:ComplaintCase {id: 'W-0023'}) RETURN c.outcome AS outcome, c.outcomes AS outcomes`,
    );
    expect(row).toEqual({ outcome: 'CHANGED', outcomes: ['UPHELD', 'REMANDED', 'CHANGED'] });
    // It is among the 5 changed above, not among the remanded or upheld.
    const stats = await practice(
      { law: 'XW', decidedFrom: W[23].decidedOn, decidedTo: W[23].decidedOn, authority: W[23].authority },
      TOTALS,
    );
    const sameDay = W.filter((c) => c.decidedOn === W[23].decidedOn && c.authority === W[23].authority);
    expect(stats).toEqual(expected(sameDay));
    expect(stats.outcomes.changed).toBeGreaterThanOrEqual(1);
  });

  it('counts a case concerning two paragraphs of the law once', async () => {
    const both = await db.executor.query<{ n: number }>(
      `MATCH (c:ComplaintCase) WHERE COUNT { (c)-[:CONCERNS]->(:Paragraph {lawId: 'XW'}) } = 2 RETURN count(c) AS n`,
    );
    expect(both[0].n).toBe(W.filter((c) => c.paragraphs.length === 2).length);
    expect((await practice({ law: 'XW' }, 'decided')).decided).toBe(W.length);
  });
});

describe('practice: sums agree', () => {
  it('outcomes add up to decided, and decided less dismissed is onMerits', async () => {
    // Whole-year filters are answered from practice cells, the others from the cases.
    for (const filter of [
      {},
      { law: 'XW' },
      { law: 'XV' },
      { authority: 'T02' },
      { area: 'disability' },
      { decidedFrom: '2024-01-01' },
      { law: 'XW', decidedFrom: '2000-01-02' },
      { decidedTo: '2099-12-30' },
    ]) {
      const stats = await practice(filter, TOTALS);
      const { upheld, changed, annulled, remanded, dismissed } = stats.outcomes;
      expect(upheld + changed + annulled + remanded + dismissed).toBe(stats.decided);
      expect(stats.onMerits).toBe(stats.decided - dismissed);
      expect(stats.reversed).toBe(changed + annulled + remanded);
    }
  });

  it.each([
    ['practice cells', { law: 'XW' }],
    ['the cases', { law: 'XW', decidedTo: '2099-12-30' }],
  ])('byYear rows add up to the totals, year by year as the fixture has them (from %s)', async (_source, filter) => {
    const stats = await practice(filter, `${TOTALS} byYear { year ${TOTALS} }`);
    expect(stats.byYear.map((row: { year: number }) => row.year)).toEqual([2023, 2024, 2025]);
    for (const row of stats.byYear) {
      const { year, ...counts } = row;
      expect(counts).toEqual(expected(W.filter((c) => c.decidedOn.startsWith(String(year)))));
    }
    for (const field of ['decided', 'onMerits', 'reversed'] as const) {
      expect(stats.byYear.reduce((sum: number, row: Record<string, number>) => sum + row[field], 0)).toBe(stats[field]);
    }
    for (const outcome of ['upheld', 'changed', 'annulled', 'remanded', 'dismissed']) {
      expect(stats.byYear.reduce((sum: number, row: any) => sum + row.outcomes[outcome], 0)).toBe(
        stats.outcomes[outcome],
      );
    }
  });

  it.each([
    ['practice cells', { law: 'XW' }],
    ['the cases', { law: 'XW', decidedTo: '2099-12-30' }],
  ])(
    'byAuthority rows add up to the totals, and nationalRate is the unrestricted rate (from %s)',
    async (_source, filter) => {
      const stats = await practice(
        filter,
        `${TOTALS} byAuthority(first: 50) { authority { code name kind } decided onMerits reversed reversalRate nationalRate }`,
      );
      expect(stats.byAuthority).toHaveLength(3);
      for (const row of stats.byAuthority) {
        const { decided, onMerits, reversed, reversalRate } = expected(
          W.filter((c) => c.authority === row.authority.code),
        );
        expect(row).toMatchObject({ decided, onMerits, reversed, reversalRate, nationalRate: stats.reversalRate });
        expect(row.authority.kind).toBe('MUNICIPALITY');
      }
      for (const field of ['decided', 'onMerits', 'reversed'] as const) {
        expect(stats.byAuthority.reduce((sum: number, row: Record<string, number>) => sum + row[field], 0)).toBe(
          stats[field],
        );
      }
    },
  );

  it('with an authority restriction, nationalRate is the rate of the same filter without it', async () => {
    const restricted = await practice(
      { law: 'XW', authority: 'T02', area: 'social' },
      'byAuthority { authority { code } decided nationalRate }',
    );
    const national = await practice({ law: 'XW', area: 'social' }, 'reversalRate');
    expect(restricted.byAuthority).toEqual([
      {
        authority: { code: 'T02' },
        decided: W.filter((c) => c.authority === 'T02' && c.area === 'social').length,
        nationalRate: national.reversalRate,
      },
    ]);
    expect(national.reversalRate).toBeCloseTo(expected(W.filter((c) => c.area === 'social')).reversalRate!, 12);
  });

  it('orders byAuthority as asked, cuts it at first, and leaves out authorities under minOnMerits', async () => {
    const query = (args: string) =>
      practice({}, `byAuthority(${args}) { authority { code } decided onMerits reversalRate }`);
    const all = [...W, ...V];
    const rows = AUTHORITIES.map((code) => ({ code, ...expected(all.filter((c) => c.authority === code)) }));
    const desc = [...rows].sort(
      (a, b) => b.reversalRate! - a.reversalRate! || b.decided - a.decided || a.code.localeCompare(b.code),
    );
    const byDecided = [...rows].sort((a, b) => b.decided - a.decided || a.code.localeCompare(b.code));

    expect((await query('orderBy: REVERSAL_RATE_DESC')).byAuthority.map((row: any) => row.authority.code)).toEqual(
      desc.map((row) => row.code),
    );
    expect((await query('orderBy: REVERSAL_RATE_ASC')).byAuthority.map((row: any) => row.authority.code)).toEqual(
      [...rows]
        .sort((a, b) => a.reversalRate! - b.reversalRate! || b.decided - a.decided || a.code.localeCompare(b.code))
        .map((row) => row.code),
    );
    expect((await query('orderBy: DECIDED_DESC')).byAuthority.map((row: any) => row.authority.code)).toEqual(
      byDecided.map((row) => row.code),
    );
    expect((await query('orderBy: DECIDED_DESC, first: 2')).byAuthority.map((row: any) => row.authority.code)).toEqual(
      byDecided.slice(0, 2).map((row) => row.code),
    );
    const threshold = Math.min(...rows.map((row) => row.onMerits)) + 1;
    expect((await query(`minOnMerits: ${threshold}`)).byAuthority).toHaveLength(
      rows.filter((row) => row.onMerits >= threshold).length,
    );
    // T99 has no case at all, so it is not listed.
    expect((await query('first: 100')).byAuthority.map((row: any) => row.authority.code)).not.toContain('T99');
  });

  it('reasons count reversed cases only, with share = count / reversed', async () => {
    const stats = await practice({ law: 'XW' }, 'reversed reasons { reason { code label } count share }');
    const reversedCases = W.filter((c) => REVERSAL_OUTCOMES.includes(registeredOf(c)));
    const countOf = (code: string) => reversedCases.filter((c) => c.reasons.includes(code)).length;
    expect(stats.reasons).toEqual(
      [
        {
          reason: { code: 'INFO', label: 'Utilstrækkeligt oplysningsgrundlag eller begrundelse' },
          count: countOf('INFO'),
          share: countOf('INFO') / 24,
        },
        {
          reason: { code: 'HEARING', label: 'Manglende partshøring' },
          count: countOf('HEARING'),
          share: countOf('HEARING') / 24,
        },
      ].sort((a, b) => b.count - a.count || a.reason.code.localeCompare(b.reason.code)),
    );
    for (const row of stats.reasons) expect(row.count).toBeLessThanOrEqual(stats.reversed);
    // Every reversed case of the fixture has at least one reason, so the counts cover them all.
    expect(stats.reasons.reduce((sum: number, row: { count: number }) => sum + row.count, 0)).toBeGreaterThanOrEqual(
      stats.reversed,
    );
  });

  it('mostAppliedRulings counts reversed cases only, most often first, with the status of each today', async () => {
    const stats = await practice({ law: 'XW' }, 'mostAppliedRulings { ruling { number status { status } } count }');
    const reversedCases = W.filter((c) => REVERSAL_OUTCOMES.includes(registeredOf(c)));
    expect(stats.mostAppliedRulings).toEqual([
      {
        ruling: { number: '1-20', status: { status: 'IN_FORCE' } },
        count: reversedCases.filter((c) => c.applied.includes('1-20')).length,
      },
      {
        ruling: { number: '2-21', status: { status: 'REPEALED' } },
        count: reversedCases.filter((c) => c.applied.includes('2-21')).length,
      },
    ]);
    const firstOnly = await practice({ law: 'XW' }, 'mostAppliedRulings(first: 1) { ruling { number } }');
    expect(firstOnly.mostAppliedRulings).toEqual([{ ruling: { number: '1-20' } }]);
  });
});

describe('practice: filters', () => {
  const cases: [string, Record<string, unknown>, FixtureCase[]][] = [
    ['no filter: the national picture', {}, [...W, ...V]],
    ['a law code in lower case', { law: 'xv' }, V],
    ['an authority', { authority: 'T03' }, [...W, ...V].filter((c) => c.authority === 'T03')],
    ['an area', { area: 'disability' }, [...W, ...V].filter((c) => c.area === 'disability')],
    [
      'an area and dates',
      { area: 'social', decidedFrom: '2024-03-01', decidedTo: '2025-06-30' },
      [...W, ...V].filter((c) => c.area === 'social' && c.decidedOn >= '2024-03-01' && c.decidedOn <= '2025-06-30'),
    ],
    ['decision dates only', { decidedFrom: '2025-01-01' }, [...W, ...V].filter((c) => c.decidedOn >= '2025-01-01')],
    ['a law and an authority', { law: 'XW', authority: 'T01' }, W.filter((c) => c.authority === 'T01')],
    ['a law and dates', { law: 'XW', decidedTo: '2023-12-31' }, W.filter((c) => c.decidedOn <= '2023-12-31')],
    [
      'an authority, a law, an area and dates',
      { authority: 'T02', law: 'XW', area: 'social', decidedFrom: '2024-01-01' },
      W.filter((c) => c.authority === 'T02' && c.area === 'social' && c.decidedOn >= '2024-01-01'),
    ],
    [
      'a paragraph',
      { paragraph: 'XW § 2', includePredecessors: false },
      W.filter((c) => c.paragraphs.includes('XW § 2')),
    ],
    [
      'a paragraph with its predecessor (XV § 1 replaced XW § 1)',
      { paragraph: 'XV § 1' },
      [...W, ...V].filter((c) => c.paragraphs.includes('XW § 1') || c.paragraphs.includes('XV § 1')),
    ],
    ['a paragraph without its predecessor', { paragraph: 'XV § 1', includePredecessors: false }, V],
    [
      'a paragraph, an authority and a law',
      { paragraph: 'XV § 1', authority: 'T01', law: 'XW' },
      W.filter((c) => c.paragraphs.includes('XW § 1') && c.authority === 'T01'),
    ],
    ['an unknown-to-the-data but existing authority', { authority: 'T99' }, []],
  ];

  it.each(cases)('%s', async (_name, filter, matching) => {
    expect(await practice(filter, TOTALS)).toEqual(expected(matching));
  });

  it('gives a null reversalRate and empty breakdowns when no case is on the merits', async () => {
    const stats = await practice(
      { authority: 'T99' },
      `${TOTALS} byYear { year } byAuthority { decided } reasons { count } mostAppliedRulings { count }`,
    );
    expect(stats).toMatchObject({
      decided: 0,
      onMerits: 0,
      reversalRate: null,
      byYear: [],
      byAuthority: [],
      reasons: [],
      mostAppliedRulings: [],
    });
  });
});

describe('practice: only what is asked is computed', () => {
  it('runs one statement for the totals however many of their fields are asked, and one per breakdown', async () => {
    // The per-field path shows what is computed: one statement per aggregation asked.
    const perField = (query: string) => executeCounted(db.executor, query, {}, { batch: true, compile: false });
    const lookups = 1; // the law exists (a batched existence check)
    const TOTALS_ONLY = `{ practice(filter: {law: "XW"}) { decided onMerits reversed reversalRate outcomes { upheld } } }`;
    const totalsOnly = await perField(TOTALS_ONLY);
    expect(totalsOnly.result.errors).toBeUndefined();
    expect(totalsOnly.roundTrips).toBe(lookups + 1);
    const WITH_BREAKDOWNS = `{ practice(filter: {law: "XW"}) { decided byYear { year } byAuthority { decided } } }`;
    expect((await perField(WITH_BREAKDOWNS)).roundTrips).toBe(lookups + 3);
    const NO_FILTER = `{ practice(filter: {}) { byYear { year } } }`;
    expect((await perField(NO_FILTER)).roundTrips).toBe(1);
    // The service compiles the lookup and the aggregations asked into one statement.
    for (const query of [TOTALS_ONLY, WITH_BREAKDOWNS, NO_FILTER]) {
      const compiled = await api.countedQuery(query);
      expect(compiled.errors).toBeUndefined();
      expect(compiled.extensions!.roundTrips).toBe(1);
    }
  });

  it('runs the aggregation in Neo4j: the answer follows a corrected record, on cells and on cases alike', async () => {
    const importCase = async (outcomes: OracleOutcome[]) => {
      await importRecords(db.executor, [{ kind: 'complaintCase', receivedOn: '2022-12-01', ...W[100], outcomes }]);
    };
    await importCase(['ANNULLED']);
    try {
      // Whole years are read from practice cells, other dates from the cases themselves.
      expect((await practice({ law: 'XW' }, 'outcomes { upheld annulled }')).outcomes).toEqual({
        upheld: 104,
        annulled: 1,
      });
      expect(
        (await practice({ law: 'XW', decidedFrom: '2000-01-02' }, 'outcomes { upheld annulled }')).outcomes,
      ).toEqual({ upheld: 104, annulled: 1 });
      const year = Number(W[100].decidedOn.slice(0, 4));
      const byYear = await practice({ law: 'XW' }, 'byYear { year outcomes { annulled } }');
      expect(byYear.byYear.find((row: { year: number }) => row.year === year).outcomes.annulled).toBe(1);
    } finally {
      await importCase(W[100].outcomes);
    }
    expect((await practice({ law: 'XW' }, 'outcomes { upheld annulled }')).outcomes).toEqual({
      upheld: 105,
      annulled: 0,
    });
  });
});

describe('Paragraph.practice', () => {
  it('is the practice of the paragraph, its predecessors by default, narrowed by the rest of the filter', async () => {
    const { body } = await api.query(`{
      paragraph(ref: "XV § 1") {
        all: practice { decided }
        own: practice(filter: {includePredecessors: false}) { decided }
        narrowed: practice(filter: {authority: "T01", decidedFrom: "2024-01-01"}) { decided reversalRate }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const chain = [...W, ...V].filter((c) => c.paragraphs.includes('XW § 1') || c.paragraphs.includes('XV § 1'));
    expect(body.data!.paragraph).toEqual({
      all: { decided: chain.length },
      own: { decided: V.length },
      narrowed: (({ decided, reversalRate }) => ({ decided, reversalRate }))(
        expected(chain.filter((c) => c.authority === 'T01' && c.decidedOn >= '2024-01-01')),
      ),
    });
  });

  it('batches the practice of several paragraphs into one statement', async () => {
    const result = await api.countedQuery(`{
      a: paragraph(ref: "XW § 1") { practice { decided } }
      b: paragraph(ref: "XW § 2") { practice { decided } }
      c: paragraph(ref: "XV § 1") { practice(filter: {includePredecessors: false}) { decided } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.a.practice.decided).toBe(W.filter((c) => c.paragraphs.includes('XW § 1')).length);
    expect(result.data.b.practice.decided).toBe(W.filter((c) => c.paragraphs.includes('XW § 2')).length);
    expect(result.data.c.practice.decided).toBe(V.length);
    // paragraphs by ref (1), the totals of all three filters (1).
    expect(result.extensions!.roundTrips).toBe(2);
  });
});

describe('practice: bad filters are refused naming the field', () => {
  const refused: [string, string, RegExp][] = [
    ['an area not in the vocabulary', '{area: "gardening"}', /area must be one of/],
    [
      'decidedFrom after decidedTo',
      '{decidedFrom: "2025-01-01", decidedTo: "2024-01-01"}',
      /decidedFrom \(2025-01-01\) is after filter.decidedTo/,
    ],
    ['a malformed paragraph', '{paragraph: "XW 41"}', /filter.paragraph/],
    ['a paragraph the graph does not hold', '{paragraph: "XW § 99"}', /no paragraph XW § 99/],
    ['a law name that names no law', '{law: "fooloven"}', /filter.law: "fooloven" names no law/],
    ['a law the graph does not hold', '{law: "QQ"}', /no law QQ/],
    ['an authority code the graph does not hold', '{authority: "999"}', /no authority with code "999"/],
    ['an authority that is not a code', '{authority: "Kommune 1"}', /authority must be an authority code/],
  ];

  it.each(refused)('%s', async (_name, filter, message) => {
    const { body } = await api.query(`{ practice(filter: ${filter}) { decided } }`);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toMatch(message);
  });

  it('refuses a date that is not a calendar date', async () => {
    const { body } = await api.query(`query($filter: PracticeFilter!) { practice(filter: $filter) { decided } }`, {
      filter: { decidedFrom: '2025-02-30' },
    });
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toMatch(/Date must be a date as YYYY-MM-DD/);
  });

  it('refuses byAuthority and mostAppliedRulings arguments out of range', async () => {
    const { body } = await api.query(`{ practice(filter: {}) { byAuthority(first: -1) { decided } } }`);
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toMatch(/first must be from 0 to 500/);
    const { body: rulings } = await api.query(`{ practice(filter: {}) { mostAppliedRulings(first: 1000) { count } } }`);
    expect(rulings.errors![0].message).toMatch(/first must be from 0 to 100/);
  });
});
