import { EDITOR_KEY, READER_KEY, testAuthConfig } from '../support/auth-fixture';
import { useTestBed } from '../support/test-bed';

const editor = { token: EDITOR_KEY };
const reader = { token: READER_KEY };

const CREATE_RULING = `mutation ($input: NewRulingInput!) { createRuling(input: $input) { number title summary decidedOn area paragraphs { ref } } }`;
const UPDATE_RULING = `mutation ($input: UpdateRulingInput!) { updateRuling(input: $input) { number title summary decidedOn } }`;
const RECORD = `mutation ($input: RecordConsolidationInput!) {
  recordConsolidation(input: $input) { consolidationId kind decidedOn issued { number } repeals { ruling { number } extent } }
}`;
const SUCCESSION = `mutation ($input: AddParagraphSuccessionInput!) { addParagraphSuccession(input: $input) { ref predecessors { paragraph { ref } } } }`;
const IMPORT = `mutation ($ndjson: String!) { importRecords(ndjson: $ndjson) { records byKind { kind count } } }`;
const CORRECT = `mutation ($input: CorrectComplaintCaseInput!) { correctComplaintCase(input: $input) { id: caseId outcome outcomes reasons { code } appliedRulings { number } } }`;

const ruling = (number: string, decidedOn: string, extra: Record<string, unknown> = {}) => ({
  number,
  title: `Testafgørelse ${number}`,
  decidedOn,
  area: 'children',
  paragraphs: ['SEL § 41'],
  ...extra,
});

function codeOf(response: { body: { errors?: { extensions?: Record<string, any> }[] } }): string | undefined {
  return response.body.errors?.[0]?.extensions?.code;
}

/** Runs a refused write and checks that it left the graph exactly as it was. */
async function expectRefused(run: () => Promise<{ body: any }>, code: string, message?: RegExp) {
  const before = await db.counts();
  const response = await run();
  expect(codeOf(response)).toBe(code);
  if (message) expect(response.body.errors[0].message).toMatch(message);
  expect(await db.counts()).toEqual(before);
  return response;
}

const { db, api } = useTestBed({ seed: true, service: { auth: testAuthConfig() } });

describe('who may write', () => {
  const input = ruling('901-20', '2020-03-01');

  it('refuses a write without a token as UNAUTHENTICATED and writes nothing', async () => {
    await expectRefused(() => api.query(CREATE_RULING, { input }), 'UNAUTHENTICATED');
  });

  it('checks the token before the input, so an anonymous caller learns nothing about validation', async () => {
    await expectRefused(
      () => api.query(CREATE_RULING, { input: { ...input, area: 'space', title: '' } }),
      'UNAUTHENTICATED',
    );
  });

  it('refuses a write with a read-only token as FORBIDDEN and writes nothing', async () => {
    await expectRefused(() => api.query(CREATE_RULING, { input }, reader), 'FORBIDDEN');
  });

  it('refuses an unknown API key as UNAUTHENTICATED, reads included', async () => {
    await expectRefused(() => api.query(CREATE_RULING, { input }, { token: 'pk_guess' }), 'UNAUTHENTICATED');
    const read = await api.query('{ ruling(number: "10-14") { number } }', undefined, { token: 'pk_guess' });
    expect(codeOf(read)).toBe('UNAUTHENTICATED');
    expect(read.body.data ?? null).toBeNull();
  });

  it('serves reads without a token, and with a valid read-only one', async () => {
    expect((await api.query('{ ruling(number: "10-14") { number } }')).body.data).toEqual({
      ruling: { number: '10-14' },
    });
    expect((await api.query('{ ruling(number: "10-14") { number } }', undefined, reader)).body.data).toEqual({
      ruling: { number: '10-14' },
    });
  });

  it('keeps the audit trail from readers', async () => {
    expect(codeOf(await api.query('{ auditTrail { edges { node { id } } } }', undefined, reader))).toBe('FORBIDDEN');
    expect(codeOf(await api.query('{ auditTrail { edges { node { id } } } }'))).toBe('UNAUTHENTICATED');
  });
});

describe('createRuling and updateRuling', () => {
  it('creates a ruling, canonicalising its number and paragraph refs', async () => {
    const response = await api.query(
      CREATE_RULING,
      { input: ruling('901-20', '2020-03-01', { paragraphs: ['serviceloven § 41'], summary: 'Kort resumé' }) },
      editor,
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.createRuling).toEqual({
      number: '901-20',
      title: 'Testafgørelse 901-20',
      summary: 'Kort resumé',
      decidedOn: '2020-03-01',
      area: 'children',
      paragraphs: [{ ref: 'SEL § 41' }],
    });
  });

  it('refuses a number already taken as CONFLICT', async () => {
    await expectRefused(
      () => api.query(CREATE_RULING, { input: ruling('901-20', '2020-03-01') }, editor),
      'CONFLICT',
      /901-20 already exists/,
    );
  });

  it('refuses unknown references and bad values as BAD_USER_INPUT, naming the field', async () => {
    const unknown = await expectRefused(
      () => api.query(CREATE_RULING, { input: ruling('902-20', '2020-03-01', { paragraphs: ['SEL § 9999'] }) }, editor),
      'BAD_USER_INPUT',
      /input\.paragraphs\[0\]: unknown paragraph "SEL § 9999"/,
    );
    expect(unknown.body.errors[0].extensions.field).toBe('input.paragraphs[0]');
    await expectRefused(
      () => api.query(CREATE_RULING, { input: ruling('902-20', '2020-03-01', { cites: ['77-77'] }) }, editor),
      'BAD_USER_INPUT',
      /unknown ruling "77-77"/,
    );
    await expectRefused(
      () => api.query(CREATE_RULING, { input: ruling('not a number', '2020-03-01') }, editor),
      'BAD_USER_INPUT',
      /input\.number/,
    );
    await expectRefused(
      () => api.query(CREATE_RULING, { input: ruling('902-20', '2099-01-01') }, editor),
      'BAD_USER_INPUT',
      /in the future/,
    );
    await expectRefused(
      () => api.query(CREATE_RULING, { input: ruling('902-20', '2020-02-30') }, editor),
      'BAD_USER_INPUT',
    );
    await expectRefused(
      () =>
        api.query(CREATE_RULING, { input: ruling('902-20', '2020-03-01', { title: 'Borger 010190-1234' }) }, editor),
      'BAD_USER_INPUT',
      /CPR/,
    );
    await expectRefused(
      () => api.query(CREATE_RULING, { input: ruling('902-20', '2020-03-01', { area: 'space' }) }, editor),
      'BAD_USER_INPUT',
      /area/,
    );
  });

  it('updates only the fields given; null clears an optional one', async () => {
    const response = await api.query(
      UPDATE_RULING,
      { input: { number: '901-20', title: 'Ny titel', summary: null } },
      editor,
    );
    expect(response.body.data!.updateRuling).toEqual({
      number: '901-20',
      title: 'Ny titel',
      summary: null,
      decidedOn: '2020-03-01',
    });
    const [row] = await db.executor.query<{ refs: string[] }>(
      'MATCH (:Ruling {number: "901-20"})-[:INTERPRETS]->(p) RETURN collect(p.ref) AS refs',
    );
    expect(row.refs).toEqual(['SEL § 41']);
  });

  it('refuses null for a required field, an unknown ruling, and a date after a consolidation that repealed it', async () => {
    await expectRefused(
      () => api.query(UPDATE_RULING, { input: { number: '901-20', title: null } }, editor),
      'BAD_USER_INPUT',
      /title/,
    );
    await expectRefused(
      () => api.query(UPDATE_RULING, { input: { number: '903-20', title: 'x' } }, editor),
      'NOT_FOUND',
    );
    // 10-18 is fully repealed by 2019-51 (2019-01-01): it cannot have been decided after that.
    await expectRefused(
      () => api.query(UPDATE_RULING, { input: { number: '10-18', decidedOn: '2020-01-01' } }, editor),
      'CONFLICT',
      /2019-51/,
    );
  });
});

describe('recordConsolidation', () => {
  beforeAll(async () => {
    for (const [number, date] of [
      ['911-20', '2020-01-10'],
      ['912-20', '2020-02-10'],
      ['913-20', '2020-03-10'],
      ['914-21', '2021-05-01'],
    ] as const) {
      const response = await api.query(CREATE_RULING, { input: ruling(number, date) }, editor);
      expect(response.body.errors).toBeUndefined();
    }
  });

  it('writes the consolidation, a new ruling it issues and the derived REPLACES in one go', async () => {
    const response = await api.query(
      RECORD,
      {
        input: {
          id: 'T-2021-1',
          decidedOn: '2021-06-01',
          kind: 'MERGE',
          containsNewPractice: false,
          newRulings: [ruling('915-21', '2021-06-01')],
          issued: ['914-21'],
          repeals: [
            { ruling: '911-20', extent: 'FULL' },
            { ruling: '912-20', extent: 'PARTIAL' },
          ],
        },
      },
      editor,
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.recordConsolidation).toEqual({
      consolidationId: 'T-2021-1',
      kind: 'MERGE',
      decidedOn: '2021-06-01',
      issued: expect.arrayContaining([{ number: '914-21' }, { number: '915-21' }]),
      repeals: [
        { ruling: { number: '911-20' }, extent: 'FULL' },
        { ruling: { number: '912-20' }, extent: 'PARTIAL' },
      ],
    });
    const replaces = await db.executor.query<{ from: string; to: string }>(
      'MATCH (a)-[:REPLACES {consolidation: "T-2021-1"}]->(b) RETURN a.number AS from, b.number AS to ORDER BY from, to',
    );
    expect(replaces).toEqual([
      { from: '914-21', to: '911-20' },
      { from: '914-21', to: '912-20' },
      { from: '915-21', to: '911-20' },
      { from: '915-21', to: '912-20' },
    ]);
  });

  it('refuses a consolidation that would make lineage circular, writing nothing', async () => {
    // 914-21 replaces 911-20 already; 911-20 issued in a consolidation repealing 914-21 closes the loop.
    await expectRefused(
      () =>
        api.query(
          RECORD,
          {
            input: {
              id: 'T-cycle',
              decidedOn: '2021-07-01',
              kind: 'REWRITE',
              containsNewPractice: false,
              issued: ['911-20'],
              repeals: [{ ruling: '914-21', extent: 'PARTIAL' }],
            },
          },
          editor,
        ),
      'CONFLICT',
      /circular/,
    );
  });

  it('refuses the repeal of a ruling decided after the consolidation', async () => {
    await expectRefused(
      () =>
        api.query(
          RECORD,
          {
            input: {
              id: 'T-early',
              decidedOn: '2020-03-01',
              kind: 'REPEAL',
              containsNewPractice: false,
              repeals: [{ ruling: '913-20', extent: 'FULL' }],
            },
          },
          editor,
        ),
      'CONFLICT',
      /before 913-20 was decided/,
    );
  });

  it('refuses a second full repeal, naming the consolidation that made the first', async () => {
    const response = await expectRefused(
      () =>
        api.query(
          RECORD,
          {
            input: {
              id: 'T-again',
              decidedOn: '2022-01-01',
              kind: 'REPEAL',
              containsNewPractice: false,
              repeals: [{ ruling: '10-18', extent: 'FULL' }],
            },
          },
          editor,
        ),
      'CONFLICT',
      /10-18 is already fully repealed by consolidation 2019-51/,
    );
    expect(response.body.errors[0].extensions.field).toBe('input.repeals[0].ruling');
  });

  it('refuses unknown references, an existing id and contradictions within the input', async () => {
    await expectRefused(
      () =>
        api.query(
          RECORD,
          {
            input: {
              id: 'T-unknown',
              decidedOn: '2022-01-01',
              kind: 'REPEAL',
              containsNewPractice: false,
              repeals: [{ ruling: '404-20', extent: 'FULL' }],
            },
          },
          editor,
        ),
      'BAD_USER_INPUT',
      /input\.repeals\[0\]\.ruling: unknown ruling "404-20"/,
    );
    await expectRefused(
      () =>
        api.query(
          RECORD,
          {
            input: {
              id: 'T-2021-1',
              decidedOn: '2022-01-01',
              kind: 'REPEAL',
              containsNewPractice: false,
              repeals: [{ ruling: '913-20', extent: 'FULL' }],
            },
          },
          editor,
        ),
      'CONFLICT',
      /T-2021-1 already exists/,
    );
    await expectRefused(
      () =>
        api.query(
          RECORD,
          {
            input: {
              id: 'T-self',
              decidedOn: '2022-01-01',
              kind: 'REWRITE',
              containsNewPractice: false,
              issued: ['913-20'],
              repeals: [{ ruling: '913-20', extent: 'FULL' }],
            },
          },
          editor,
        ),
      'BAD_USER_INPUT',
      /both issued and repealed/,
    );
    await expectRefused(
      () =>
        api.query(
          RECORD,
          {
            input: {
              id: 'T-merge',
              decidedOn: '2022-01-01',
              kind: 'MERGE',
              containsNewPractice: false,
              repeals: [{ ruling: '913-20', extent: 'FULL' }],
            },
          },
          editor,
        ),
      'BAD_USER_INPUT',
      /input\.issued/,
    );
    await expectRefused(
      () =>
        api.query(
          RECORD,
          {
            input: {
              id: 'T-new-taken',
              decidedOn: '2022-01-01',
              kind: 'REWRITE',
              containsNewPractice: false,
              newRulings: [ruling('913-20', '2022-01-01')],
              repeals: [{ ruling: '912-20', extent: 'FULL' }],
            },
          },
          editor,
        ),
      'CONFLICT',
      /input\.newRulings\[0\]\.number: ruling 913-20 already exists/,
    );
  });
});

describe('addParagraphSuccession and importRecords', () => {
  it('imports a batch of records in one transaction', async () => {
    const ndjson = [
      '{"kind":"paragraph","ref":"SEL § 300","title":"Gammel regel","validFrom":"2006-01-01","validTo":"2023-12-31"}',
      '',
      '{"kind":"paragraph","ref":"BL § 300","title":"Ny regel","validFrom":"2024-01-01"}',
    ].join('\n');
    const response = await api.query(IMPORT, { ndjson }, editor);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.importRecords).toEqual({ records: 2, byKind: [{ kind: 'paragraph', count: 2 }] });
  });

  it('refuses a batch with a bad line, naming the line and field, and writes none of it', async () => {
    const ndjson = [
      '{"kind":"paragraph","ref":"SEL § 301","validFrom":"2006-01-01"}',
      '{"kind":"ruling","number":"920-20","title":"t","decidedOn":"2020-13-01","area":"children","paragraphs":["SEL § 301"]}',
    ].join('\n');
    await expectRefused(
      () => api.query(IMPORT, { ndjson }, editor),
      'BAD_USER_INPUT',
      /ndjson line 2, field decidedOn/,
    );
  });

  it('refuses a batch over the size limit', async () => {
    const ndjson = Array.from({ length: 1001 }, () => '{"kind":"reversalReason","code":"X","label":"x"}').join('\n');
    await expectRefused(() => api.query(IMPORT, { ndjson }, editor), 'BAD_USER_INPUT', /more than 1000/);
  });

  it('adds a succession, and refuses one that would make succession circular', async () => {
    const response = await api.query(
      SUCCESSION,
      { input: { from: 'serviceloven § 300', to: 'barnets lov § 300' } },
      editor,
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.addParagraphSuccession).toEqual({
      ref: 'BL § 300',
      predecessors: [{ paragraph: { ref: 'SEL § 300' } }],
    });
    const [link] = await db.executor.query<{ on: string }>(
      'MATCH (:Paragraph {ref: "SEL § 300"})-[s:SUCCEEDED_BY]->(:Paragraph {ref: "BL § 300"}) RETURN s.on AS on',
    );
    expect(link).toEqual({ on: '2024-01-01' });
    await expectRefused(
      () => api.query(SUCCESSION, { input: { from: 'BL § 300', to: 'SEL § 300' } }, editor),
      'CONFLICT',
      /circular/,
    );
    await expectRefused(
      () => api.query(SUCCESSION, { input: { from: 'SEL § 300', to: 'BL § 300' } }, editor),
      'CONFLICT',
      /already succeeded/,
    );
    await expectRefused(
      () => api.query(SUCCESSION, { input: { from: 'SEL § 9998', to: 'BL § 300' } }, editor),
      'BAD_USER_INPUT',
      /unknown paragraph/,
    );
    await expectRefused(
      () => api.query(SUCCESSION, { input: { from: 'SEL § 300', to: 'BL § 9998' } }, editor),
      'BAD_USER_INPUT',
      /input\.to/,
    );
  });
});

describe('correctComplaintCase', () => {
  const PRACTICE =
    '{ practice(filter: { paragraph: "SEL § 41", includePredecessors: false }) { decided outcomes { upheld remanded } } }';

  it('changes the outcomes and reasons, and the practice statistics follow', async () => {
    const [stored] = await db.executor.query<{ outcome: string }>(
      'MATCH (c:ComplaintCase {id: "K-2019-000001"}) RETURN c.outcome AS outcome',
    );
    expect(stored.outcome).toBe('UPHELD');
    const before = (await api.query(PRACTICE)).body.data!.practice;
    const response = await api.query(
      CORRECT,
      { input: { id: 'K-2019-000001', outcomes: ['UPHELD', 'REMANDED'], reasons: ['INFO'] } },
      editor,
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.correctComplaintCase).toEqual({
      id: 'K-2019-000001',
      outcome: 'REMANDED',
      outcomes: ['UPHELD', 'REMANDED'],
      reasons: [{ code: 'INFO' }],
      appliedRulings: [{ number: '10-14' }],
    });
    const after = (await api.query(PRACTICE)).body.data!.practice;
    expect(after.decided).toBe(before.decided);
    expect(after.outcomes).toEqual({ upheld: before.outcomes.upheld - 1, remanded: before.outcomes.remanded + 1 });
    const cells = await db.executor.query<{ outcome: string }>(
      'MATCH (:ComplaintCase {id: "K-2019-000001"})-[:COUNTED_IN]->(cell) RETURN DISTINCT cell.outcome AS outcome',
    );
    expect(cells).toEqual([{ outcome: 'REMANDED' }]);
  });

  it('refuses an unknown reason code or ruling, and an unknown case', async () => {
    await expectRefused(
      () => api.query(CORRECT, { input: { id: 'K-2019-000001', reasons: ['NOPE'] } }, editor),
      'BAD_USER_INPUT',
      /input\.reasons\[0\]/,
    );
    await expectRefused(
      () => api.query(CORRECT, { input: { id: 'K-2019-000001', applied: ['404-19'] } }, editor),
      'BAD_USER_INPUT',
      /unknown ruling/,
    );
    await expectRefused(
      () => api.query(CORRECT, { input: { id: 'K-0000-000000', outcomes: ['UPHELD'] } }, editor),
      'NOT_FOUND',
    );
    await expectRefused(
      () => api.query(CORRECT, { input: { id: 'K-2019-000001', outcomes: [] } }, editor),
      'BAD_USER_INPUT',
    );
  });
});

describe('the audit trail', () => {
  const TRAIL = `query ($subject: String, $operation: String, $key: String, $first: Int, $after: String) {
    auditTrail(subject: $subject, operation: $operation, key: $key, first: $first, after: $after) {
      edges { cursor node { id at subject operation keys input } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

  it('holds one entry per successful write, newest first, and none for refused ones', async () => {
    const [{ entries }] = await db.executor.query<{ entries: number }>(
      'MATCH (a:AuditEntry) RETURN count(a) AS entries',
    );
    // 1 ruling + 1 update + 4 rulings + 1 consolidation + 1 import + 1 succession + 1 correction.
    expect(entries).toBe(10);
    const all = await api.query(TRAIL, { first: 100 }, editor);
    const nodes = all.body.data!.auditTrail.edges.map((edge: any) => edge.node);
    expect(nodes).toHaveLength(10);
    expect(nodes[0].operation).toBe('correctComplaintCase');
    expect(nodes[nodes.length - 1]).toMatchObject({
      operation: 'createRuling',
      subject: 'editor-anna',
      keys: ['901-20'],
    });
    expect(JSON.parse(nodes[nodes.length - 1].input)).toMatchObject({ number: '901-20', decidedOn: '2020-03-01' });
    const ats = nodes.map((node: any) => node.at);
    expect([...ats].sort().reverse()).toEqual(ats);
    // seq is the commit order under the editing lock: strictly falling down the list.
    const seqs = (
      await db.executor.query<{ seq: number }>(
        'MATCH (a:AuditEntry) RETURN a.seq AS seq ORDER BY a.at DESC, a.seq DESC',
      )
    ).map((row) => row.seq);
    expect(seqs.every((seq, index) => index === 0 || seq < seqs[index - 1])).toBe(true);
  });

  it('filters by operation, key and subject, and pages with cursors', async () => {
    const byKey = await api.query(TRAIL, { key: '911-20' }, editor);
    expect(byKey.body.data!.auditTrail.edges.map((edge: any) => edge.node.operation)).toEqual([
      'recordConsolidation',
      'createRuling',
    ]);
    const byOperation = await api.query(TRAIL, { operation: 'recordConsolidation' }, editor);
    expect(byOperation.body.data!.auditTrail.edges.map((edge: any) => edge.node.keys[0])).toEqual(['T-2021-1']);
    expect((await api.query(TRAIL, { subject: 'nobody' }, editor)).body.data!.auditTrail.edges).toEqual([]);
    const since = await api.query('{ auditTrail(since: "2099-01-01") { edges { node { id } } } }', undefined, editor);
    expect(since.body.data!.auditTrail.edges).toEqual([]);
    expect(
      codeOf(await api.query('{ auditTrail(since: "yesterday") { edges { node { id } } } }', undefined, editor)),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await api.query('{ auditTrail(after: "bm9wZQ") { edges { node { id } } } }', undefined, editor)),
    ).toBe('BAD_USER_INPUT');
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await api.query(TRAIL, { first: 3, after }, editor)).body.data!.auditTrail;
      seen.push(...page.edges.map((edge: any) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
  });
});

// Last, since its writes would show in the audit trail counted above.
describe('two mutations in one request', () => {
  it('answers each of two mutations of one ruling in one request with what that mutation wrote', async () => {
    const response = await api.query(
      `mutation {
        a: updateRuling(input: { number: "51-19", title: "Første" }) { title }
        b: updateRuling(input: { number: "51-19", title: "Anden" }) { title }
      }`,
      {},
      editor,
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({ a: { title: 'Første' }, b: { title: 'Anden' } });
    const [row] = await db.executor.query<{ title: string }>(
      'MATCH (r:Ruling {number: "51-19"}) RETURN r.title AS title',
    );
    expect(row.title).toBe('Anden');
  });
});
