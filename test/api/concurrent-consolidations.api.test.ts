import { EDITOR_KEY, testAuthConfig } from '../support/auth-fixture';
import { importRecords } from '../support/ndjson-fixture';
import { useTestBed } from '../support/test-bed';

const editor = { token: EDITOR_KEY };
const RECORD = `mutation ($input: RecordConsolidationInput!) { recordConsolidation(input: $input) { consolidationId } }`;
const NUMBERS = Array.from({ length: 8 }, (_, index) => `${index + 1}-20`);

const ruling = (number: string) => ({
  kind: 'ruling',
  number,
  title: `R ${number}`,
  decidedOn: '2020-01-01',
  area: 'social',
  paragraphs: ['SEL § 1'],
});

const { db, api } = useTestBed({ service: { auth: testAuthConfig() } });

beforeAll(async () => {
  const ndjson = [
    '{"kind":"law","id":"SEL","title":"Lov om social service","shortTitle":"serviceloven"}',
    '{"kind":"paragraph","ref":"SEL § 1"}',
    ...NUMBERS.map((number) => JSON.stringify(ruling(number))),
  ].join('\n');
  expect(
    (await api.query('mutation ($n: String!) { importRecords(ndjson: $n) { records } }', { n: ndjson }, editor)).body
      .errors,
  ).toBeUndefined();
});

/** The two invariants concurrent writers could break: no lineage cycle, no ruling fully repealed twice. */
async function expectNoCycleNorDoubleFullRepeal(): Promise<void> {
  const [cycles] = await db.executor.query<{ cyclic: number }>(
    'MATCH (r:Ruling) WHERE EXISTS { (r)-[:REPLACES]->+(r) } RETURN count(r) AS cyclic',
  );
  expect(cycles.cyclic).toBe(0);
  const [twice] = await db.executor.query<{ rulings: number }>(
    `MATCH (r:Ruling) WHERE COUNT { (:Consolidation)-[:REPEALS {extent: 'FULL'}]->(r) } > 1 RETURN count(r) AS rulings`,
  );
  expect(twice.rulings).toBe(0);
}

describe('20 conflicting consolidations sent at once', () => {
  it('leave lineage acyclic and no ruling fully repealed twice', async () => {
    const [a, b, c, d, e, f, g, h] = NUMBERS;
    // Pairs (A<->B), a ring of three (C->D->E->C), a ring of four (E..H), and rivals for the full
    // repeal of the same rulings: each alone is valid, many together are not.
    const edges: [string, string][] = [
      [a, b],
      [b, a],
      [c, d],
      [d, e],
      [e, c],
      [e, f],
      [f, g],
      [g, h],
      [h, e],
      [a, c],
      [c, a],
      [b, d],
      [d, b],
      [f, h],
      [h, f],
      [g, a],
      [a, g],
      [b, h],
      [h, b],
      [c, g],
    ];
    const inputs = edges.map(([issued, repealed], index) => ({
      id: `C-${String(index + 1).padStart(2, '0')}`,
      decidedOn: '2021-01-01',
      kind: 'REWRITE',
      containsNewPractice: false,
      issued: [issued],
      repeals: [{ ruling: repealed, extent: 'FULL' }],
    }));
    const responses = await Promise.all(inputs.map((input) => api.query(RECORD, { input }, editor)));
    const codes = responses.map((response) => response.body.errors?.[0]?.extensions?.code ?? 'OK');
    // Every refusal is a clean CONFLICT, never an internal error or a deadlock surfacing.
    expect(codes.every((code) => code === 'OK' || code === 'CONFLICT')).toBe(true);
    const accepted = codes.filter((code) => code === 'OK').length;
    console.log(`concurrent consolidations: ${accepted} accepted, ${inputs.length - accepted} refused as CONFLICT`);
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(inputs.length);

    await expectNoCycleNorDoubleFullRepeal();
    // Exactly the accepted ones were written, each with its REPLACES link and its audit entry.
    const [stored] = await db.executor.query<{ consolidations: number; replaces: number; audits: number }>(
      `CALL () { MATCH (c:Consolidation) RETURN count(c) AS consolidations }
       CALL () { MATCH ()-[x:REPLACES]->() RETURN count(x) AS replaces }
       CALL () { MATCH (a:AuditEntry {operation: 'recordConsolidation'}) RETURN count(a) AS audits }
       RETURN consolidations, replaces, audits`,
    );
    expect(stored).toEqual({ consolidations: accepted, replaces: accepted, audits: accepted });
  });
});

describe('an import racing editors', () => {
  it('takes the same lock: lineage stays acyclic and no ruling is fully repealed twice', async () => {
    const numbers = Array.from({ length: 6 }, (_, index) => `${index + 31}-20`);
    await importRecords(db.executor, numbers.map(ruling));
    const consolidation = (id: string, issued: string, repealed: string) => ({
      id,
      decidedOn: '2021-01-01',
      kind: 'REWRITE',
      containsNewPractice: false,
      issued: [issued],
      repeals: [{ ruling: repealed, extent: 'FULL' }],
    });
    const [a, b, c, d, e, f] = numbers;
    // The file closes a ring the editors open the other way round, and repeals what they repeal.
    const file = [consolidation('IMP-1', a, b), consolidation('IMP-2', c, d), consolidation('IMP-3', e, f)].map(
      ({ kind, ...rest }) => ({ kind: 'consolidation', type: kind, ...rest }),
    );
    const edits = [
      consolidation('ED-1', b, a),
      consolidation('ED-2', d, c),
      consolidation('ED-3', f, a),
      consolidation('ED-4', a, d),
    ];
    const [imported, ...responses] = await Promise.all([
      importRecords(db.executor, file).then(
        () => 'OK',
        (error: Error) => error.constructor.name,
      ),
      ...edits.map((input) => api.query(RECORD, { input }, editor)),
    ]);
    const codes = responses.map((response) => response.body.errors?.[0]?.extensions?.code ?? 'OK');
    console.log(`import racing editors: import ${imported}, edits ${codes.join(' ')}`);
    // A conflict found while writing stops the import part-way, saying so (ImportInterruptedError).
    expect(['OK', 'ImportInterruptedError', 'ImportRefusedError']).toContain(imported);
    expect(codes.every((code) => code === 'OK' || code === 'CONFLICT')).toBe(true);

    await expectNoCycleNorDoubleFullRepeal();
  });
});
