import { randomUUID } from 'node:crypto';
import { EDITOR_KEY, hs256Token, testAuthConfig } from '../support/auth-fixture';
import { useTestBed } from '../support/test-bed';

// Issue 17, deliverable 5: a client's retry of an editing mutation (after a cut connection it
// cannot tell whether the first commit landed) must not write twice.
const { db, api } = useTestBed({ seed: true, service: { auth: testAuthConfig() } });
const editor = { token: EDITOR_KEY };

const CREATE = `mutation ($input: NewRulingInput!, $key: String) {
  createRuling(input: $input, idempotencyKey: $key) { number title }
}`;
const UPDATE = `mutation ($input: UpdateRulingInput!, $key: String) {
  updateRuling(input: $input, idempotencyKey: $key) { number title }
}`;
const IMPORT = `mutation ($ndjson: String!, $key: String) {
  importRecords(ndjson: $ndjson, idempotencyKey: $key) { records byKind { kind count } }
}`;

let serial = 0;
const ruling = (title = 'Idempotent') => ({
  number: `${800 + ++serial}-20`,
  title,
  decidedOn: '2020-03-01',
  area: 'children',
  paragraphs: ['SEL § 41'],
});
const codeOf = (response: { body: any }) => response.body.errors?.[0]?.extensions?.code;

async function auditEntries(key: string) {
  return db.executor.query<{ subject: string; operation: string; keys: string[] }>(
    'MATCH (a:AuditEntry {idempotencyKey: $key}) RETURN a.subject AS subject, a.operation AS operation, a.keys AS keys',
    { key },
  );
}

it('answers a retry with the same key and input as the first write, and writes nothing again', async () => {
  const key = randomUUID();
  const input = ruling();
  const first = await api.query(CREATE, { input, key }, editor);
  expect(first.body).toEqual({ data: { createRuling: { number: input.number, title: 'Idempotent' } } });
  const after = await db.counts();

  const retry = await api.query(CREATE, { input, key }, editor);
  expect(retry.body).toEqual(first.body);
  expect(await db.counts()).toEqual(after);
  expect(await auditEntries(key)).toEqual([
    { subject: 'editor-anna', operation: 'createRuling', keys: [input.number] },
  ]);

  // Without a key the same retry is refused: the number is taken. That is what the key spares a client.
  expect(codeOf(await api.query(CREATE, { input }, editor))).toBe('CONFLICT');
});

it('refuses the same key with another input, or for another mutation, as BAD_USER_INPUT, writing nothing', async () => {
  const key = randomUUID();
  const input = ruling();
  expect((await api.query(CREATE, { input, key }, editor)).body.errors).toBeUndefined();
  const after = await db.counts();

  const changed = await api.query(CREATE, { input: { ...input, title: 'Another title' }, key }, editor);
  expect(codeOf(changed)).toBe('BAD_USER_INPUT');
  expect(changed.body.errors![0].extensions!.field).toBe('idempotencyKey');
  expect(changed.body.errors![0].message).toMatch(/already used at .* for createRuling with another input/);
  const other = await api.query(UPDATE, { input: { number: input.number, title: 'Changed' }, key }, editor);
  expect(codeOf(other)).toBe('BAD_USER_INPUT');
  expect(await db.counts()).toEqual(after);
  const [row] = await db.executor.query<{ title: string }>('MATCH (r:Ruling {number: $n}) RETURN r.title AS title', {
    n: input.number,
  });
  expect(row.title).toBe('Idempotent');
  expect(await auditEntries(key)).toHaveLength(1);
});

it('writes once when retries with one key race each other, and answers each of them alike', async () => {
  const key = randomUUID();
  const input = ruling();
  const answers = await Promise.all(Array.from({ length: 6 }, () => api.query(CREATE, { input, key }, editor)));
  for (const answer of answers) {
    expect(answer.body).toEqual({ data: { createRuling: { number: input.number, title: 'Idempotent' } } });
  }
  expect(await auditEntries(key)).toHaveLength(1);
});

it('answers a retried importRecords with the counts of the first write', async () => {
  const key = randomUUID();
  const ndjson = [
    JSON.stringify({ kind: 'ruling', ...ruling('Import 1') }),
    JSON.stringify({ kind: 'ruling', ...ruling('Import 2') }),
  ].join('\n');
  const first = await api.query(IMPORT, { ndjson, key }, editor);
  expect(first.body.data).toEqual({ importRecords: { records: 2, byKind: [{ kind: 'ruling', count: 2 }] } });
  const entries = await db.executor.query('MATCH (a:AuditEntry) RETURN count(a) AS n');
  expect((await api.query(IMPORT, { ndjson, key }, editor)).body).toEqual(first.body);
  expect(await db.executor.query('MATCH (a:AuditEntry) RETURN count(a) AS n')).toEqual(entries);
});

it('keeps keys apart per token subject', async () => {
  const key = randomUUID();
  const other = { token: await hs256Token({ sub: 'jwt-editor-bo', roles: ['editor'] }) };
  expect((await api.query(CREATE, { input: ruling(), key }, editor)).body.errors).toBeUndefined();
  expect((await api.query(CREATE, { input: ruling(), key }, other)).body.errors).toBeUndefined();
  expect((await auditEntries(key)).map((entry) => entry.subject).sort()).toEqual(['editor-anna', 'jwt-editor-bo']);
});

it('shows the key in the audit trail', async () => {
  const key = randomUUID();
  const input = ruling();
  await api.query(CREATE, { input, key }, editor);
  const trail = await api.query(
    `query ($key: String) { auditTrail(key: $key) { edges { node { operation idempotencyKey } } } }`,
    { key: input.number },
    editor,
  );
  expect(trail.body.data!.auditTrail.edges).toEqual([{ node: { operation: 'createRuling', idempotencyKey: key } }]);
});

it.each(['', ' spaced key ', 'x'.repeat(201), 'nøgle'])('refuses the key %j before writing', async (key) => {
  const before = await db.counts();
  const response = await api.query(CREATE, { input: ruling(), key }, editor);
  expect(codeOf(response)).toBe('BAD_USER_INPUT');
  expect(response.body.errors![0].extensions!.field).toBe('idempotencyKey');
  expect(await db.counts()).toEqual(before);
});
