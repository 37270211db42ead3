import { useTestBed } from '../support/test-bed';
import { EDITOR_KEY, testAuthConfig } from '../support/auth-fixture';
import { baseRecords, FIXTURE_PARAGRAPH } from '../integration/lineage-fixtures';

/** changes(since, ...): the status changes a consolidation recorded through the API causes, and imported ones. */
const editor = { token: EDITOR_KEY };

const ruling = (number: string, decidedOn: string, paragraphs = [FIXTURE_PARAGRAPH]) => ({
  kind: 'ruling',
  number,
  title: `Fulgt ${number}`,
  decidedOn,
  area: 'work-injury',
  paragraphs,
});

const { api } = useTestBed({
  records: [
    ...baseRecords(),
    { kind: 'paragraph', ref: 'ASL § 7', title: 'Gammel nummerering', validFrom: '2000-01-01', validTo: '2019-12-31' },
    { kind: 'paragraph', ref: 'ASL § 8', title: 'Ny nummerering', validFrom: '2020-01-01', replaces: ['ASL § 7'] },
    ruling('801-10', '2010-01-01'),
    ruling('802-12', '2012-01-01'),
    ruling('804-15', '2015-01-01', ['ASL § 7']),
  ],
  service: { auth: testAuthConfig() },
});

const FEED = `query($since: String, $ruling: String, $first: Int, $after: String, $last: Int, $before: String) {
  changes(since: $since, ruling: $ruling, first: $first, after: $after, last: $last, before: $before) {
    edges { cursor node { ruling { number } kind on recordedAt reason consolidation { consolidationId } successor { number } paragraph { ref } newParagraph { ref } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

async function feed(variables: Record<string, unknown> = {}) {
  const { body } = await api.query(FEED, variables);
  expect(body.errors).toBeUndefined();
  return body.data!.changes;
}

describe('changes feed', () => {
  it('lists an imported paragraph renumbering with its effect date and no recorded time', async () => {
    const { edges } = await feed();
    expect(edges.map((e: any) => e.node)).toEqual([
      {
        ruling: { number: '804-15' },
        kind: 'PARAGRAPH_RENUMBERED',
        on: '2020-01-01',
        recordedAt: null,
        reason: 'ASL § 7, som 804-15 fortolker, er afløst af ASL § 8 fra 2020-01-01.',
        consolidation: null,
        successor: null,
        paragraph: { ref: 'ASL § 7' },
        newParagraph: { ref: 'ASL § 8' },
      },
    ]);
  });

  it('after a consolidation is recorded via the mutation, lists each repeal and the new successor, recorded since then', async () => {
    const before = new Date().toISOString();
    const recorded = await api.query(
      `mutation { recordConsolidation(input: {
      id: "F-1", decidedOn: "2024-03-01", kind: MERGE, containsNewPractice: false
      newRulings: [{ number: "803-24", title: "Ny praksis", decidedOn: "2024-03-01", area: "work-injury", paragraphs: ["${FIXTURE_PARAGRAPH}"] }]
      repeals: [{ ruling: "801-10", extent: FULL }, { ruling: "802-12", extent: PARTIAL }]
    }) { consolidationId } }`,
      undefined,
      editor,
    );
    expect(recorded.body.errors).toBeUndefined();

    const { edges, pageInfo } = await feed({ since: before });
    const changes = edges.map((e: any) => e.node);
    expect(
      changes.map((c: any) => [
        c.ruling.number,
        c.kind,
        c.on,
        c.consolidation?.consolidationId,
        c.successor?.number ?? null,
      ]),
    ).toEqual([
      ['801-10', 'NEW_SUCCESSOR', '2024-03-01', 'F-1', '803-24'],
      ['801-10', 'REPEALED', '2024-03-01', 'F-1', null],
      ['802-12', 'NEW_SUCCESSOR', '2024-03-01', 'F-1', '803-24'],
      ['802-12', 'PARTIALLY_REPEALED', '2024-03-01', 'F-1', null],
    ]);
    for (const change of changes) expect(change.recordedAt >= before).toBe(true);
    expect(changes[1].reason).toBe('801-10 er ophævet ved sammenskrivning F-1 med virkning fra 2024-03-01.');
    expect(changes[3].reason).toBe('802-12 er delvist ophævet ved sammenskrivning F-1 med virkning fra 2024-03-01.');
    expect(pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });

    // The renumbering imported earlier (effective 2020) is not news since then.
    expect(changes.some((c: any) => c.kind === 'PARAGRAPH_RENUMBERED')).toBe(false);
    // All changes: the recorded ones are newest, the imported renumbering last.
    const all = (await feed()).edges.map((e: any) => e.node.kind);
    expect(all).toEqual(['NEW_SUCCESSOR', 'REPEALED', 'NEW_SUCCESSOR', 'PARTIALLY_REPEALED', 'PARAGRAPH_RENUMBERED']);
  });

  it('filters by ruling, and pages forward and backward to the same order', async () => {
    expect((await feed({ ruling: '802-12' })).edges.map((e: any) => e.node.kind)).toEqual([
      'NEW_SUCCESSOR',
      'PARTIALLY_REPEALED',
    ]);
    const whole = (await feed()).edges.map((e: any) => e.cursor);
    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await feed({ first: 2, after });
      forward.push(...page.edges.map((e: any) => e.cursor));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward).toEqual(whole);
    let backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const page = await feed({ last: 2, before });
      backward = [...page.edges.map((e: any) => e.cursor), ...backward];
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backward).toEqual(whole);
  });

  it('refuses a since that is not a moment', async () => {
    const { body } = await api.query('{ changes(since: "yesterday") { edges { cursor } } }');
    expect(body.data).toEqual({ changes: null });
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
