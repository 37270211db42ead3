import { importNdjson } from '../../src/importer/importer';
import { syntheticRecords } from '../../seed/synthetic';
import { ndjsonFixture } from '../support/ndjson-fixture';
import { ASL_5_RULINGS_REPEALED_IN_2019 } from '../support/seed-facts';
import { useTestBed } from '../support/test-bed';

let fixture: ReturnType<typeof ndjsonFixture>;

const SEARCH = `query($text: String!, $first: Int, $after: String, $filter: RulingFilter) {
  searchRulings(text: $text, first: $first, after: $after, filter: $filter) {
    edges { cursor score node { number title } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function search(text: string, variables: Record<string, unknown> = {}) {
  return api.query(SEARCH, { text, ...variables });
}

const { db, api } = useTestBed({
  seed: true,
  setup: async () => {
    // 1,000 synthetic rulings beside the seed, for relevance ties and several pages of hits.
    fixture = ndjsonFixture([...syntheticRecords({ rulings: 1000, cases: 0, seed: 5 })]);
    await importNdjson(db.executor, fixture.path);
  },
  teardown: () => {
    fixture.remove();
  },
});

describe('searchRulings', () => {
  it('finds 20-22 for "kompressionsstrømpe": Danish stemming matches the plural in its title', async () => {
    const { body } = await search('kompressionsstrømpe');
    expect(body.errors).toBeUndefined();
    const numbers = body.data!.searchRulings.edges.map((edge: any) => edge.node.number);
    expect(numbers).toContain('20-22');
    // "Kompressionsmaskine" (4-24) shares no word with it.
    expect(numbers).not.toContain('4-24');
    const inSel = await search('kompressionsstrømpe', { filter: { law: 'serviceloven' } });
    expect(inSel.body.data!.searchRulings.edges).toEqual([
      {
        cursor: expect.any(String),
        score: expect.any(Number),
        node: { number: '20-22', title: 'Kompressionsstrømper: hjælpemiddel eller behandlingsredskab' },
      },
    ]);
  });

  it('searches the summary and the number too', async () => {
    const bySummary = await search('behandlingsredskab', { filter: { law: 'SEL' } });
    expect(bySummary.body.data!.searchRulings.edges.map((e: any) => e.node.number)).toEqual(['20-22']);
    const byNumber = await search('U-16-00');
    expect(byNumber.body.data!.searchRulings.edges[0].node.number).toBe('U-16-00');
  });

  it('treats quotes, colons, brackets and operator words as text, not query syntax', async () => {
    for (const text of [
      'kompressionsstrømpe"',
      'title:kompressionsstrømper',
      '(kompressionsstrømper',
      'kompressionsstrømper AND',
      'kompression* ~ ^2 \\ /',
    ]) {
      const { body } = await search(text, { filter: { law: 'SEL' } });
      expect(body.errors).toBeUndefined();
    }
    // As a field query "title:..." would match 20-22; as literal text it is one word no ruling has.
    const field = await search('title:kompressionsstrømper', { filter: { law: 'SEL' } });
    expect(field.body.data!.searchRulings.edges).toEqual([]);
    const trailing = await search('"kompressionsstrømper:', { filter: { law: 'SEL' } });
    expect(trailing.body.data!.searchRulings.edges.map((e: any) => e.node.number)).toEqual(['20-22']);
  });

  it('refuses text with nothing to search for', async () => {
    const { body } = await search(' ?! ');
    expect(body.errors![0]).toMatchObject({
      message: 'text: must contain at least one letter or digit',
      extensions: { code: 'BAD_USER_INPUT', field: 'text' },
    });
  });

  it('orders by score, then in force before repealed, then newest, then number, and pages by keyset cursor visiting every hit once', async () => {
    const whole = await api.query(`{ searchRulings(text: "hjælp", first: 100) {
      edges { score node { number decidedOn status { status } } } } }`);
    const all = whole.body.data!.searchRulings.edges;
    expect(all.length).toBeGreaterThan(30);
    const standing = (e: any) =>
      ['IN_FORCE', 'PARTIALLY_REPEALED', 'NOT_YET_ISSUED', 'REPEALED'].indexOf(e.node.status.status);
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1], all[i]];
      const tieBroken =
        standing(a) < standing(b) ||
        (standing(a) === standing(b) &&
          (a.node.decidedOn > b.node.decidedOn ||
            (a.node.decidedOn === b.node.decidedOn && a.node.number < b.node.number)));
      expect(a.score > b.score || (a.score === b.score && tieBroken)).toBe(true);
    }
    // Ties in score are common (same words, same length): status, date and number break them.
    expect(all.some((e: any, i: number) => i > 0 && e.score === all[i - 1].score)).toBe(true);

    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { body } = await search('hjælp', { first: 7, after });
      expect(body.errors).toBeUndefined();
      paged.push(...body.data!.searchRulings.edges.map((e: any) => e.node.number));
      if (!body.data!.searchRulings.pageInfo.hasNextPage || paged.length >= all.length) break;
      after = body.data!.searchRulings.pageInfo.endCursor;
    }
    expect(paged.slice(0, all.length)).toEqual(all.map((e: any) => e.node.number));
  });

  it('counts all hits, with and without filters, only when asked', async () => {
    const [{ hits }] = await db.executor.query<{ hits: number }>(
      "CALL db.index.fulltext.queryNodes('ruling_text', 'hjælp') YIELD node RETURN count(node) AS hits",
    );
    const count = async (filter?: object) =>
      (
        await api.query(
          `query($filter: RulingFilter) { searchRulings(text: "hjælp", first: 1, filter: $filter) { totalCount } }`,
          { filter },
        )
      ).body.data!.searchRulings.totalCount;
    expect(await count()).toBe(hits);
    const [{ social }] = await db.executor.query<{ social: number }>(
      "CALL db.index.fulltext.queryNodes('ruling_text', 'hjælp') YIELD node WHERE node.area = 'social' AND node.decidedOn >= '2015-01-01' RETURN count(node) AS social",
    );
    expect(social).toBeGreaterThan(0);
    expect(await count({ area: 'social', decidedFrom: '2015-01-01' })).toBe(social);
  });

  it('each filter, alone and together, keeps exactly the hits the graph says, in its pages and its total', async () => {
    const [{ ref, law }] = await db.executor.query<{ ref: string; law: string }>(
      `CALL db.index.fulltext.queryNodes('ruling_text', 'hjælp') YIELD node
       MATCH (node)-[:INTERPRETS]->(p:Paragraph)
       WITH p, count(node) AS hits
       RETURN p.ref AS ref, p.lawId AS law ORDER BY hits DESC, ref LIMIT 1`,
    );
    const expected = async (where: string, params: Record<string, unknown>) =>
      (
        await db.executor.query<{ number: string }>(
          `CALL db.index.fulltext.queryNodes('ruling_text', 'hjælp') YIELD node AS r WHERE ${where}
           RETURN r.number AS number ORDER BY number`,
          params,
        )
      ).map((row) => row.number);
    const found = async (filter: object) => {
      const { body } = await api.query(
        `query($filter: RulingFilter) {
          searchRulings(text: "hjælp", first: 100, filter: $filter) { totalCount edges { node { number } } }
        }`,
        { filter },
      );
      expect(body.errors).toBeUndefined();
      const { totalCount, edges } = body.data!.searchRulings;
      return { totalCount, numbers: edges.map((e: any) => e.node.number) as string[] };
    };
    const cases: [object, string][] = [
      [{ paragraph: ref }, 'EXISTS { (r)-[:INTERPRETS]->(:Paragraph {ref: $ref}) }'],
      [{ law }, 'EXISTS { (r)-[:INTERPRETS]->(:Paragraph {lawId: $law}) }'],
      [{ area: 'social' }, "r.area = 'social'"],
      [
        { decidedFrom: '2010-01-01', decidedTo: '2019-12-31' },
        "r.decidedOn >= '2010-01-01' AND r.decidedOn <= '2019-12-31'",
      ],
      [
        { law, decidedFrom: '2010-01-01' },
        "EXISTS { (r)-[:INTERPRETS]->(:Paragraph {lawId: $law}) } AND r.decidedOn >= '2010-01-01'",
      ],
    ];
    for (const [filter, where] of cases) {
      const numbers = await expected(where, { ref, law });
      expect(numbers.length).toBeGreaterThan(0);
      const page = await found(filter);
      expect(page.totalCount).toBe(numbers.length);
      expect(page.numbers).toHaveLength(Math.min(100, numbers.length));
      expect(page.numbers.filter((number) => !numbers.includes(number))).toEqual([]);
    }
  });

  it('applies the status filter on a date', async () => {
    const { body } = await search('arbejdsskade', {
      first: 100,
      filter: { status: ['REPEALED'], asOf: '2020-01-01', law: 'ASL' },
    });
    const numbers = body.data!.searchRulings.edges.map((e: any) => e.node.number).sort();
    expect(numbers).toEqual([...ASL_5_RULINGS_REPEALED_IN_2019].sort());
    const before = await search('arbejdsskade', {
      first: 100,
      filter: { status: ['REPEALED'], asOf: '2018-12-31', law: 'ASL' },
    });
    expect(before.body.data!.searchRulings.edges).toEqual([]);
  });

  it('refuses a rulings() cursor', async () => {
    const list = await api.query(`{ rulings(first: 1) { pageInfo { endCursor } } }`);
    const { body } = await search('hjælp', { after: list.body.data!.rulings.pageInfo.endCursor });
    expect(body.errors![0]).toMatchObject({
      message: 'after: not a cursor of searchRulings',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
