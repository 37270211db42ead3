import { importRecords } from '../support/ndjson-fixture';
import { useTestBed } from '../support/test-bed';

/** Ruling.complaintCases: a Relay connection with keyset cursors on (decidedOn desc, id). */

const CASES = Array.from({ length: 23 }, (_, i) => ({
  kind: 'complaintCase',
  id: `C-${String(i).padStart(3, '0')}`,
  receivedOn: '2023-01-02',
  // Several cases share a day, so the id breaks ties.
  decidedOn: `2024-0${1 + Math.floor(i / 4)}-10`,
  authority: i % 2 === 0 ? 'T01' : 'T02',
  area: 'social',
  paragraphs: i % 3 === 0 ? ['XW § 2', 'XW § 1'] : ['XW § 1'],
  outcomes: i % 5 === 0 ? ['UPHELD', 'REMANDED'] : ['UPHELD'],
  applied: i % 4 === 0 ? ['5-21', '4-20'] : ['4-20'],
  reasons: i % 5 === 0 ? ['INFO'] : [],
}));
const newestFirst = [...CASES].sort((a, b) =>
  a.decidedOn === b.decidedOn ? (a.id < b.id ? -1 : 1) : a.decidedOn > b.decidedOn ? -1 : 1,
);

const PAGE = `query($first: Int, $after: String) {
  ruling(number: "4-20") {
    complaintCases(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id: caseId decidedOn } }
    }
  }
}`;

const { db, api } = useTestBed({
  setup: async () => {
    await importRecords(db.executor, [
      { kind: 'law', id: 'XW', title: 'Testlov W', shortTitle: 'testlov w' },
      { kind: 'paragraph', ref: 'XW § 1', title: 'Første', validFrom: '2010-01-01' },
      { kind: 'paragraph', ref: 'XW § 2', title: 'Anden', validFrom: '2010-01-01' },
      {
        kind: 'ruling',
        number: '4-20',
        title: 'Fjerde afgørelse',
        decidedOn: '2020-03-01',
        area: 'social',
        paragraphs: ['XW § 1'],
      },
      {
        kind: 'ruling',
        number: '5-21',
        title: 'Femte afgørelse',
        decidedOn: '2021-03-01',
        area: 'social',
        paragraphs: ['XW § 2'],
      },
      {
        kind: 'ruling',
        number: '6-22',
        title: 'Aldrig anvendt',
        decidedOn: '2022-03-01',
        area: 'social',
        paragraphs: ['XW § 2'],
      },
      { kind: 'authority', code: 'T01', name: 'Testkommune 1', type: 'MUNICIPALITY' },
      { kind: 'authority', code: 'T02', name: 'Udbetaling Danmark', type: 'UDBETALING_DANMARK' },
      { kind: 'reversalReason', code: 'INFO', label: 'Utilstrækkeligt oplysningsgrundlag eller begrundelse' },
      ...CASES,
    ]);
  },
});

describe('Ruling.complaintCases', () => {
  it('pages through every case once, newest decision first, ties by id, with totalCount on each page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const response: { body: any } = await api.query(PAGE, { first: 5, after });
      expect(response.body.errors).toBeUndefined();
      const connection: any = response.body.data.ruling.complaintCases;
      expect(connection.totalCount).toBe(CASES.length);
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(connection.pageInfo.startCursor).toBe(connection.edges[0]?.cursor ?? null);
      seen.push(...connection.edges.map((edge: { node: { id: string } }) => edge.node.id));
      pages++;
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(pages).toBe(5);
    expect(seen).toEqual(newestFirst.map((c) => c.id));
  });

  it('defaults to 20 a page and gives an empty page past the end', async () => {
    const { body } = await api.query(PAGE);
    expect(body.data!.ruling.complaintCases.edges).toHaveLength(20);
    const last = body.data!.ruling.complaintCases.edges[19].cursor;
    const { body: rest } = await api.query(PAGE, { first: 100, after: last });
    expect(rest.data!.ruling.complaintCases.edges).toHaveLength(3);
    const { body: end } = await api.query(PAGE, {
      first: 10,
      after: rest.data!.ruling.complaintCases.pageInfo.endCursor,
    });
    expect(end.data!.ruling.complaintCases).toMatchObject({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it('gives each case its outcomes, authority, paragraphs, applied rulings and reasons', async () => {
    const { body } = await api.query(`{ ruling(number: "5-21") { complaintCases(first: 1) { edges { node {
      id: caseId receivedOn decidedOn outcome outcomes area
      authority { code name kind } paragraphs { ref } appliedRulings { number } reasons { code label }
    } } } } }`);
    expect(body.errors).toBeUndefined();
    // Cases applying 5-21 are those with i % 4 === 0; the newest is C-020.
    expect(body.data!.ruling.complaintCases.edges[0].node).toEqual({
      id: 'C-020',
      receivedOn: '2023-01-02',
      decidedOn: '2024-06-10',
      outcome: 'REMANDED',
      outcomes: ['UPHELD', 'REMANDED'],
      area: 'social',
      authority: { code: 'T01', name: 'Testkommune 1', kind: 'MUNICIPALITY' },
      paragraphs: [{ ref: 'XW § 1' }],
      appliedRulings: [{ number: '4-20' }, { number: '5-21' }],
      reasons: [{ code: 'INFO', label: 'Utilstrækkeligt oplysningsgrundlag eller begrundelse' }],
    });
  });

  it('is an empty connection for a ruling no case applied', async () => {
    const { body } = await api.query(
      `{ ruling(number: "6-22") { complaintCases { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage } } } }`,
    );
    expect(body.data!.ruling.complaintCases).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false },
    });
  });

  it('batches several rulings and the links of their cases: one statement per kind', async () => {
    const result = await api.countedQuery(`{
      a: ruling(number: "4-20") { complaintCases(first: 10) { edges { node { authority { code } paragraphs { ref } appliedRulings { number } reasons { code } } } } }
      b: ruling(number: "5-21") { complaintCases(first: 3) { edges { node { authority { code } paragraphs { ref } appliedRulings { number } reasons { code } } } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.a.complaintCases.edges).toHaveLength(10);
    expect(result.data.b.complaintCases.edges).toHaveLength(3);
    // The two rulings (1), their case pages (1), then authorities, paragraphs and reasons of all
    // the cases (1 each). The applied rulings 4-20 and 5-21 are already in the request's
    // rulingByNumber cache, so they cost nothing.
    expect(result.extensions!.roundTrips).toBe(5);
  });

  it('refuses a cursor it did not issue, and a page size out of range, as BAD_USER_INPUT', async () => {
    const { body } = await api.query(PAGE, { first: 5, after: 'bm90LWEtY3Vyc29y' });
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toMatch(/after: not a cursor this API issued/);
    const forged = Buffer.from(JSON.stringify(['yesterday', 'C-001'])).toString('base64url');
    const { body: forgedBody } = await api.query(PAGE, { first: 5, after: forged });
    expect(forgedBody.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const { body: tooMany } = await api.query(PAGE, { first: 101 });
    expect(tooMany.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0].message).toMatch(/first must be from 0 to 100/);
  });
});
