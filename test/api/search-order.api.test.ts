import { useTestBed } from '../support/test-bed';
import { baseRecords, FIXTURE_PARAGRAPH } from '../integration/lineage-fixtures';

/**
 * searchRulings(orderBy) on equal relevance: in force before repealed, then newest; NEWEST;
 * backward paging; snippets on the edges.
 */

// Same title and summary, so the same score: only status and date can order them.
const twin = (number: string, decidedOn: string) => ({
  kind: 'ruling',
  number,
  title: 'Zebrafinker som ledsagedyr',
  summary: 'Om udgifter til zebrafinker.',
  decidedOn,
  area: 'disability',
  paragraphs: [FIXTURE_PARAGRAPH],
});

const { api } = useTestBed({
  records: [
    ...baseRecords(),
    twin('1-10', '2010-01-05'), // repealed below, and the lowest number: first before the fix
    twin('2-12', '2012-01-05'), // in force, older
    twin('3-15', '2015-01-05'), // in force, newest
    twin('4-14', '2014-01-05'), // partly repealed
    {
      kind: 'consolidation',
      id: 'Z-1',
      decidedOn: '2016-01-01',
      type: 'REPEAL',
      repeals: [
        { ruling: '1-10', extent: 'FULL' },
        { ruling: '4-14', extent: 'PARTIAL' },
      ],
      containsNewPractice: false,
    },
  ],
});

const SEARCH = `query($orderBy: RulingSearchOrder, $first: Int, $after: String, $last: Int, $before: String, $asOf: Date) {
  searchRulings(text: "zebrafinke", orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before, filter: { asOf: $asOf }) {
    edges { cursor score node { number } snippet { field segments { text match } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

async function search(variables: Record<string, unknown>) {
  const { body } = await api.query(SEARCH, variables);
  expect(body.errors).toBeUndefined();
  return body.data!.searchRulings;
}
const numbers = (connection: any) => connection.edges.map((e: any) => e.node.number);

describe('searchRulings order', () => {
  it('on equal relevance puts rulings in force first, newest first, and repealed ones last', async () => {
    const hits = await search({});
    expect(new Set(hits.edges.map((e: any) => e.score)).size).toBe(1);
    expect(numbers(hits)).toEqual(['3-15', '2-12', '4-14', '1-10']);
    // Status is judged on filter.asOf: before the repeal all four are in force, newest first.
    expect(numbers(await search({ asOf: '2015-06-01' }))).toEqual(['3-15', '4-14', '2-12', '1-10']);
  });

  it('NEWEST orders by decision date only', async () => {
    expect(numbers(await search({ orderBy: 'NEWEST' }))).toEqual(['3-15', '4-14', '2-12', '1-10']);
  });

  it('pages backward to the same order, with pageInfo both ways', async () => {
    const tail = await search({ last: 2 });
    expect(numbers(tail)).toEqual(['4-14', '1-10']);
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const head = await search({ last: 2, before: tail.pageInfo.startCursor });
    expect(numbers(head)).toEqual(['3-15', '2-12']);
    expect(head.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    const next = await search({ first: 3, after: head.pageInfo.endCursor });
    expect(numbers(next)).toEqual(['4-14', '1-10']);
  });

  it('gives each hit a snippet of where the word was found, and rulings() none', async () => {
    const [first] = (await search({ first: 1 })).edges;
    expect(first.snippet).toEqual({
      field: 'title',
      segments: [
        { text: 'Zebrafinker', match: true },
        { text: ' som ledsagedyr', match: false },
      ],
    });
    const { body } = await api.query('{ rulings(first: 1) { edges { snippet { field } } } }');
    expect(body.data!.rulings.edges[0].snippet).toBeNull();
  });
});
