import { useTestBed } from '../support/test-bed';
import { syntheticRecords, type SyntheticRecord } from '../../seed/synthetic';
import { importRecords } from '../support/ndjson-fixture';

/**
 * rulings(orderBy, first/after, last/before) over 2,000 synthetic rulings: every order both
 * ways, backward paging while rulings are imported concurrently, and the paging arguments'
 * errors. Expected orders are computed here from the generated records.
 */

type RulingOf = Extract<SyntheticRecord, { kind: 'ruling' }>;
const records = [...syntheticRecords({ rulings: 2000, cases: 0, seed: 23 })];
const rulings = records.filter((r): r is RulingOf => r.kind === 'ruling');

interface Row {
  number: string;
  title: string;
  decidedOn: string;
}

const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $orderBy: RulingOrder) {
  rulings(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
    edges { cursor node { number title decidedOn } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order's comparison, restated: the field in its direction, ties by number ascending. */
function comparator(field: string, direction: string): (a: Row, b: Row) => number {
  const sign = direction === 'ASC' ? 1 : -1;
  const value = (row: Row) => (field === 'DECIDED_ON' ? row.decidedOn : field === 'TITLE' ? row.title : row.number);
  return (a, b) => sign * text(value(a), value(b)) || text(a.number, b.number);
}

async function page(variables: Record<string, unknown>) {
  const { body } = await api.query(PAGE, variables);
  expect(body.errors).toBeUndefined();
  return body.data!.rulings as { edges: { cursor: string; node: Row }[]; pageInfo: any };
}

async function forwardAll(orderBy: object, first = 100): Promise<Row[]> {
  const rows: Row[] = [];
  let after: string | null = null;
  for (;;) {
    const connection = await page({ first, after, orderBy });
    rows.push(...connection.edges.map((edge) => edge.node));
    if (!connection.pageInfo.hasNextPage) return rows;
    after = connection.pageInfo.endCursor;
  }
}

/** Pages from the end to the start with last/before; returns the rows in list order. */
async function backwardAll(orderBy: object | undefined, last = 100, between?: () => Promise<void>): Promise<Row[]> {
  let rows: Row[] = [];
  let before: string | null = null;
  for (;;) {
    const connection = await page({ last, before, orderBy });
    expect(connection.pageInfo.hasNextPage).toBe(before !== null);
    rows = [...connection.edges.map((edge) => edge.node), ...rows];
    if (!connection.pageInfo.hasPreviousPage) return rows;
    before = connection.pageInfo.startCursor;
    if (between) await between();
  }
}

const { db, api } = useTestBed({ records, timeoutMs: 300_000 });

describe('rulings(orderBy): every order, forward and backward', () => {
  const orders = ['DECIDED_ON', 'NUMBER', 'TITLE'].flatMap((field) =>
    ['ASC', 'DESC'].map((direction) => ({ field, direction })),
  );

  it.each(orders)('$field $direction lists every ruling once, in that order, both ways', async (orderBy) => {
    const expected = rulings
      .map(({ number, title, decidedOn }) => ({ number, title, decidedOn }))
      .sort(comparator(orderBy.field, orderBy.direction));
    const forward = await forwardAll(orderBy);
    expect(forward.map((r) => r.number)).toEqual(expected.map((r) => r.number));
    const backward = await backwardAll(orderBy, 73);
    expect(backward.map((r) => r.number)).toEqual(expected.map((r) => r.number));
  });

  it('defaults to DECIDED_ON DESC, and the cursor of one order is refused in another', async () => {
    const byDefault = await page({ first: 30 });
    const explicit = await page({ first: 30, orderBy: { field: 'DECIDED_ON', direction: 'DESC' } });
    expect(byDefault.edges).toEqual(explicit.edges);
    const { body } = await api.query(PAGE, {
      first: 5,
      after: byDefault.pageInfo.endCursor,
      orderBy: { field: 'TITLE', direction: 'ASC' },
    });
    expect(body.data).toEqual({ rulings: null });
    expect(body.errors![0]).toMatchObject({
      message: 'after: not a cursor of rulings',
      path: ['rulings'],
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
  });

  it('pageInfo backward: the last page of the list, then the page before a cursor', async () => {
    const expected = rulings
      .map(({ number, title, decidedOn }) => ({ number, title, decidedOn }))
      .sort(comparator('DECIDED_ON', 'DESC'));
    const tail = await page({ last: 5 });
    expect(tail.edges.map((e) => e.node.number)).toEqual(expected.slice(-5).map((r) => r.number));
    expect(tail.pageInfo).toMatchObject({
      hasPreviousPage: true,
      hasNextPage: false,
      startCursor: tail.edges[0].cursor,
      endCursor: tail.edges[4].cursor,
    });
    const before = await page({ last: 3, before: tail.pageInfo.startCursor });
    expect(before.edges.map((e) => e.node.number)).toEqual(expected.slice(-8, -5).map((r) => r.number));
    expect(before.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    // An edge cursor works as before too: the rows strictly before that edge.
    const head = await page({ first: 4 });
    const start = await page({ last: 10, before: head.edges[3].cursor });
    expect(start.edges.map((e) => e.node.number)).toEqual(expected.slice(0, 3).map((r) => r.number));
    expect(start.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });

  it('refuses first with last, after with before, and the mixed pairs, naming the argument', async () => {
    const head = await page({ first: 1 });
    const cursor = head.pageInfo.endCursor;
    for (const [variables, field] of [
      [{ first: 1, last: 1 }, 'last'],
      [{ after: cursor, before: cursor }, 'before'],
      [{ last: 1, after: cursor }, 'after'],
      [{ first: 1, before: cursor }, 'before'],
      [{ last: 101 }, 'last'],
    ] as const) {
      const { body } = await api.query(PAGE, variables);
      expect(body.data).toEqual({ rulings: null });
      expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(body.errors![0].message).toContain(field);
    }
  });
});

describe('backward paging while rulings are imported', () => {
  it('pages back through all 2,000 rulings, each seen once and in order, while another client imports more', async () => {
    const original = new Set(rulings.map((r) => r.number));
    const paragraph = rulings[0].paragraphs[0];
    let importing = true;
    let imported = 0;
    // A second writer imports rulings spread over the whole date range, batch after batch,
    // through the real import path, for as long as the paging runs.
    const writer = (async () => {
      for (let batch = 0; importing; batch++) {
        const rows = [0, 1, 2, 3, 4].map((k) => {
          const n = batch * 5 + k + 1;
          const decidedOn = `${2000 + ((n * 7) % 25)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
          return {
            kind: 'ruling',
            number: `K-${n}-${decidedOn.slice(2, 4)}`,
            title: 'Indsat under bladring',
            decidedOn,
            area: 'social',
            paragraphs: [paragraph],
            cites: [],
          };
        });
        await importRecords(db.executor, rows);
        imported += rows.length;
      }
    })();
    let pages = 0;
    let rows: Row[];
    try {
      rows = await backwardAll(undefined, 40, async () => {
        pages++;
        // Give the writer a moment in every page gap, so imports really land mid-paging.
        await new Promise((resolve) => setTimeout(resolve, 20));
      });
    } finally {
      importing = false;
      await writer;
    }
    const numbers = rows.map((r) => r.number);
    expect(new Set(numbers).size).toBe(numbers.length); // nothing twice
    for (const number of original) expect(numbers).toContain(number); // nothing skipped
    const inOrder = comparator('DECIDED_ON', 'DESC');
    for (let i = 1; i < rows.length; i++) expect(inOrder(rows[i - 1], rows[i])).toBeLessThan(0);
    expect(pages).toBeGreaterThanOrEqual(49);
    expect(imported).toBeGreaterThan(0);
  }, 300_000);
});
