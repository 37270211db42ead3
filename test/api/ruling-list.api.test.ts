import { importNdjson } from '../../src/importer/importer';
import { syntheticRecords, type SyntheticRecord } from '../../seed/synthetic';
import { importRecords, ndjsonFixture } from '../support/ndjson-fixture';
import { useTestBed } from '../support/test-bed';

/**
 * rulings(filter, first, after) over 2,000 synthetic rulings. Expected answers are computed
 * here from the generated records, independently of the Cypher under test.
 */

let fixture: ReturnType<typeof ndjsonFixture>;

type RulingOf = Extract<SyntheticRecord, { kind: 'ruling' }>;
const records = [...syntheticRecords({ rulings: 2000, cases: 0, seed: 11 })];
const rulings = records.filter((r): r is RulingOf => r.kind === 'ruling');
const repeals = new Map<string, { on: string; extent: 'FULL' | 'PARTIAL' }[]>();
for (const record of records) {
  if (record.kind !== 'consolidation') continue;
  for (const repeal of record.repeals) {
    repeals.set(repeal.ruling, [
      ...(repeals.get(repeal.ruling) ?? []),
      { on: record.decidedOn, extent: repeal.extent },
    ]);
  }
}
const replacesOf = new Map<string, string[]>();
for (const record of records) if (record.kind === 'paragraph') replacesOf.set(record.ref, record.replaces ?? []);

/** The status rule of cypher/queries/lineage/status-of-rulings.cypher, restated. */
function status(ruling: RulingOf, asOf: string): string {
  if (ruling.decidedOn > asOf) return 'NOT_YET_ISSUED';
  const inEffect = (repeals.get(ruling.number) ?? []).filter((repeal) => repeal.on <= asOf);
  if (inEffect.some((repeal) => repeal.extent === 'FULL')) return 'REPEALED';
  if (inEffect.length > 0) return 'PARTIALLY_REPEALED';
  return 'IN_FORCE';
}

function predecessorsOf(ref: string): Set<string> {
  const seen = new Set<string>();
  const walk = (r: string) => (replacesOf.get(r) ?? []).forEach((old) => !seen.has(old) && (seen.add(old), walk(old)));
  walk(ref);
  return seen;
}

/** The list's order: decidedOn descending, then number ascending. */
function compareKeys(a: { decidedOn: string; number: string }, b: { decidedOn: string; number: string }): number {
  if (a.decidedOn !== b.decidedOn) return a.decidedOn < b.decidedOn ? 1 : -1;
  return a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
}

const PAGE = `query($first: Int, $after: String, $filter: RulingFilter) {
  rulings(first: $first, after: $after, filter: $filter) {
    edges { cursor score node { number decidedOn } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

async function allPages(filter?: object, first = 100): Promise<{ number: string; decidedOn: string }[]> {
  const seen: { number: string; decidedOn: string }[] = [];
  let after: string | null = null;
  for (;;) {
    const { body } = await api.query(PAGE, { first, after, filter });
    expect(body.errors).toBeUndefined();
    const connection: any = body.data!.rulings;
    seen.push(...connection.edges.map((edge: any) => edge.node));
    if (!connection.pageInfo.hasNextPage) return seen;
    after = connection.pageInfo.endCursor;
  }
}

async function totalCount(filter?: object): Promise<number> {
  const { body } = await api.query(
    `query($filter: RulingFilter) { rulings(filter: $filter, first: 0) { totalCount } }`,
    { filter },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.rulings.totalCount;
}

const { db, api } = useTestBed({
  setup: async () => {
    fixture = ndjsonFixture(records);
    await importNdjson(db.executor, fixture.path);
  },
  teardown: () => {
    fixture.remove();
  },
});

describe('rulings(): keyset paging', () => {
  it('visits each ruling exactly once, in order, while other rulings are inserted between pages', async () => {
    const original = new Set(rulings.map((r) => r.number));
    const dates = rulings.map((r) => r.decidedOn).sort();
    const [first, last] = [Date.parse(dates[0]), Date.parse(dates[dates.length - 1])];
    const paragraph = rulings[0].paragraphs[0];
    const inserted: { number: string; decidedOn: string; ahead: boolean }[] = [];
    const visited: { number: string; decidedOn: string }[] = [];
    let after: string | null = null;
    let pages = 0;
    for (let insertion = 0; ; insertion++) {
      const { body } = await api.query(PAGE, { first: 50, after });
      expect(body.errors).toBeUndefined();
      const connection: any = body.data!.rulings;
      pages++;
      expect(connection.edges.length).toBeLessThanOrEqual(50);
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      visited.push(...connection.edges.map((edge: any) => edge.node));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
      const cursorAt = visited[visited.length - 1];

      // Between two page requests, three new rulings spread over the whole date range, through
      // the real import path: some land in pages already read, some in pages still to come.
      const batch = [0, 1, 2].map((k) => {
        const spread = ((insertion * 3 + k) * 7919) % 1000;
        const decidedOn = new Date(first + ((last - first) * spread) / 999).toISOString().slice(0, 10);
        const number = `C-${insertion * 3 + k + 1}-${decidedOn.slice(2, 4)}`;
        return { number, decidedOn, ahead: compareKeys(cursorAt, { number, decidedOn }) < 0 };
      });
      inserted.push(...batch);
      await importRecords(
        db.executor,
        batch.map((r) => ({
          kind: 'ruling',
          number: r.number,
          title: 'Indsat under bladring',
          decidedOn: r.decidedOn,
          area: 'social',
          paragraphs: [paragraph],
          cites: [],
        })),
      );
    }

    const numbers = visited.map((r) => r.number);
    expect(new Set(numbers).size).toBe(numbers.length); // nothing twice
    for (const number of original) expect(numbers).toContain(number); // nothing skipped
    for (let i = 1; i < visited.length; i++) expect(compareKeys(visited[i - 1], visited[i])).toBeLessThan(0);
    // Rulings inserted ahead of the cursor are met later on; those behind it are not revisited.
    const seen = new Set(numbers);
    expect(inserted.filter((r) => r.ahead).every((r) => seen.has(r.number))).toBe(true);
    expect(inserted.filter((r) => !r.ahead).some((r) => seen.has(r.number))).toBe(false);
    expect(inserted.some((r) => r.ahead) && inserted.some((r) => !r.ahead)).toBe(true);
    expect(pages).toBeGreaterThanOrEqual(40);
    expect(numbers.length).toBe(original.size + inserted.filter((r) => r.ahead).length);
  });
});

describe('rulings(): cursors and page size', () => {
  it('continues from an edge cursor exactly after that edge, and gives a null score', async () => {
    const { body } = await api.query(PAGE, { first: 10 });
    const edges = body.data!.rulings.edges;
    expect(edges.every((edge: any) => edge.score === null)).toBe(true);
    const next = await api.query(PAGE, { first: 5, after: edges[4].cursor });
    expect(next.body.data!.rulings.edges.map((e: any) => e.node.number)).toEqual(
      edges.slice(5, 10).map((e: any) => e.node.number),
    );
  });

  it('returns every property asked as the ruling root does, and cursors made of properties not asked', async () => {
    const query = `query($orderBy: RulingOrder, $first: Int, $after: String) {
      rulings(first: $first, after: $after, orderBy: $orderBy) {
        edges { cursor node { number summary area eli datePrecision } }
      }
    }`;
    const orders = [undefined, { field: 'TITLE', direction: 'ASC' }, { field: 'NUMBER', direction: 'DESC' }];
    for (const orderBy of orders) {
      const { body } = await api.query(query, { orderBy, first: 5 });
      const edges = body.data!.rulings.edges;
      const nodes = edges.map((e: any) => e.node);
      const roots = await api.query(
        'query($numbers: [String!]!) { rulingsByNumbers(numbers: $numbers) { number summary area eli datePrecision } }',
        { numbers: nodes.map((node: any) => node.number) },
      );
      expect(nodes).toEqual(roots.body.data!.rulingsByNumbers);
      expect(nodes.some((node: any) => node.summary !== null)).toBe(true);
      const next = await api.query(query, { orderBy, first: 2, after: edges[2].cursor });
      expect(next.body.data!.rulings.edges.map((e: any) => e.node.number)).toEqual(
        nodes.slice(3, 5).map((node: any) => node.number),
      );
    }
  });

  it('refuses more than 100 a page, and a cursor it did not issue, with BAD_USER_INPUT', async () => {
    const big = await api.query(PAGE, { first: 101 });
    expect(big.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(big.body.errors![0].message).toMatch(/first/);
    const bad = await api.query(PAGE, { first: 5, after: 'bm90LWEtY3Vyc29y' });
    expect(bad.body.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });
});

describe('rulings(): filters and totalCount', () => {
  // Rulings inserted by the paging test (number C-...) are left out of the expectations here
  // by filtering on what only generated rulings have, or counted from the database directly.
  const generated = (list: { number: string }[]) => list.filter((r) => !r.number.startsWith('C-'));

  it('counts all rulings from the count store when nothing is filtered', async () => {
    const [{ n }] = await db.executor.query<{ n: number }>('MATCH (r:Ruling) RETURN count(*) AS n');
    expect(await totalCount()).toBe(n);
    expect(n).toBeGreaterThanOrEqual(2000);
  });

  it('filters by area and decision dates, with a matching totalCount', async () => {
    const filter = { area: 'disability', decidedFrom: '2010-01-01', decidedTo: '2015-12-31' };
    const want = rulings.filter(
      (r) => r.area === 'disability' && r.decidedOn >= '2010-01-01' && r.decidedOn <= '2015-12-31',
    );
    expect(want.length).toBeGreaterThan(20);
    const got = await allPages(filter, 17);
    expect(
      generated(got)
        .map((r) => r.number)
        .sort(),
    ).toEqual(want.map((r) => r.number).sort());
    expect(await totalCount(filter)).toBe(got.length);
  });

  it('filters by law, by code or name', async () => {
    const law = 'XB';
    const want = rulings.filter(
      (r) => r.paragraphs.some((ref) => ref.startsWith(`${law} §`)) && r.decidedOn >= '2015-01-01',
    );
    const got = await allPages({ law: 'xb', decidedFrom: '2015-01-01' });
    expect(
      generated(got)
        .map((r) => r.number)
        .sort(),
    ).toEqual(want.map((r) => r.number).sort());
    expect(await totalCount({ law: 'XB', decidedFrom: '2015-01-01' })).toBe(got.length);
  });

  it('filters by paragraph, optionally with the rulings of its earlier numberings', async () => {
    // The XT paragraph with the most predecessors' rulings (XB's children provisions moved to XT).
    const target = [...replacesOf.keys()]
      .filter((ref) => ref.startsWith('XT §') && predecessorsOf(ref).size > 0)
      .sort(
        (a, b) =>
          rulings.filter((r) => r.paragraphs.some((p) => predecessorsOf(b).has(p))).length -
          rulings.filter((r) => r.paragraphs.some((p) => predecessorsOf(a).has(p))).length,
      )[0];
    const olds = predecessorsOf(target);
    const direct = rulings.filter((r) => r.paragraphs.includes(target));
    const withOld = rulings.filter((r) => r.paragraphs.includes(target) || r.paragraphs.some((p) => olds.has(p)));
    expect(withOld.length).toBeGreaterThan(direct.length);

    const gotDirect = await allPages({ paragraph: target });
    expect(
      generated(gotDirect)
        .map((r) => r.number)
        .sort(),
    ).toEqual(direct.map((r) => r.number).sort());
    const gotWithOld = await allPages({ paragraph: target, includePredecessors: true }, 7);
    expect(
      generated(gotWithOld)
        .map((r) => r.number)
        .sort(),
    ).toEqual(withOld.map((r) => r.number).sort());
    for (let i = 1; i < gotWithOld.length; i++) expect(compareKeys(gotWithOld[i - 1], gotWithOld[i])).toBeLessThan(0);
    expect(await totalCount({ paragraph: target, includePredecessors: true })).toBe(gotWithOld.length);
    expect(await totalCount({ paragraph: target })).toBe(gotDirect.length);
  });

  it('filters by status on a date', async () => {
    const asOf = '2016-06-30';
    for (const wanted of [
      ['REPEALED'],
      ['PARTIALLY_REPEALED'],
      ['IN_FORCE', 'PARTIALLY_REPEALED'],
      ['NOT_YET_ISSUED'],
    ]) {
      const filter = { status: wanted, asOf, area: 'social' };
      const want = rulings.filter((r) => r.area === 'social' && wanted.includes(status(r, asOf)));
      expect(want.length).toBeGreaterThan(0);
      const got = generated(await allPages(filter));
      expect(got.map((r) => r.number).sort()).toEqual(want.map((r) => r.number).sort());
    }
    const repealed = rulings.filter((r) => status(r, asOf) === 'REPEALED').length;
    expect(await totalCount({ status: ['REPEALED'], asOf })).toBe(repealed);
  });

  it('counts an area alone and a law alone right, with and without a status filter', async () => {
    const asOf = '2016-06-30';
    const disability = rulings.filter((r) => r.area === 'disability');
    expect(await totalCount({ area: 'disability' })).toBe(disability.length);
    expect(await totalCount({ area: 'disability', status: ['IN_FORCE'], asOf })).toBe(
      disability.filter((r) => status(r, asOf) === 'IN_FORCE').length,
    );
    // A law the rulings inserted by the paging test do not touch, so the generated records tell all.
    const insertedLaw = rulings[0].paragraphs[0].split(' ')[0];
    const law = ['XA', 'XB', 'XC', 'XD'].find((id) => id !== insertedLaw)!;
    const inLaw = rulings.filter((r) => r.paragraphs.some((ref) => ref.startsWith(`${law} §`)));
    expect(inLaw.length).toBeGreaterThan(50);
    expect(await totalCount({ law })).toBe(inLaw.length);
    expect(await totalCount({ law, status: ['REPEALED', 'PARTIALLY_REPEALED'], asOf })).toBe(
      inLaw.filter((r) => ['REPEALED', 'PARTIALLY_REPEALED'].includes(status(r, asOf))).length,
    );
  });

  it('refuses an unknown law name, a malformed paragraph and an unknown area with BAD_USER_INPUT', async () => {
    for (const filter of [
      { law: 'fooloven' },
      { paragraph: 'paragraf' },
      { area: 'tax' },
      { decidedFrom: '2020-01-01', decidedTo: '2019-01-01' },
    ]) {
      const { body } = await api.query(PAGE, { first: 1, filter });
      expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    }
  });
});
