import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDITOR_KEY, testAuthConfig } from '../support/auth-fixture';
import { useOwnNeo4jService } from '../support/own-neo4j-service';
import { testNeo4jConfig } from '../support/test-neo4j';

// Issue 17, deliverable 5: editing mutations cut by a Neo4j crash are committed whole or not at
// all, and a client that retries with its idempotency key ends with each edit written once.
// Kills Neo4j, so it runs a server of its own (port + 4, as neo4j-crash.api.test.ts; files run one
// at a time), supervised as `npm start` supervises the bundled one.
const shared = testNeo4jConfig();
const config = testNeo4jConfig(`${shared.home.split('/').pop()}-edit-crash`, shared.boltPort + 4);
const bed = useOwnNeo4jService(config, 'Nedbrud', { supervise: true, auth: testAuthConfig() });
const editor = { token: EDITOR_KEY };

const IMPORT = `mutation ($ndjson: String!, $key: String) {
  importRecords(ndjson: $ndjson, idempotencyKey: $key) { records }
}`;
const BATCHES = 16;
const PER_BATCH = 150;

/** Batch b (1 to 16): PER_BATCH new rulings of the year 2009 + b, titled by the batch so they can be counted. */
function batch(b: number): string {
  return Array.from({ length: PER_BATCH }, (_, i) =>
    JSON.stringify({
      kind: 'ruling',
      number: `${i + 1}-${9 + b}`,
      title: `Batch ${b}`,
      decidedOn: `${2009 + b}-01-01`,
      area: 'social',
      paragraphs: ['SEL § 41'],
    }),
  ).join('\n');
}

/** Per batch: how many of its rulings exist and how many audit entries carry its key. */
async function stateOfBatches(): Promise<{ rulings: number; entries: number }[]> {
  const rulings = await bed.executor.query<{ title: string; n: number }>(
    "MATCH (r:Ruling) WHERE r.title STARTS WITH 'Batch ' RETURN r.title AS title, count(*) AS n",
  );
  const entries = await bed.executor.query<{ key: string; n: number }>(
    "MATCH (a:AuditEntry) WHERE a.idempotencyKey STARTS WITH 'batch-' RETURN a.idempotencyKey AS key, count(*) AS n",
  );
  return Array.from({ length: BATCHES }, (_, i) => ({
    rulings: Number(rulings.find((row) => row.title === `Batch ${i + 1}`)?.n ?? 0),
    entries: Number(entries.find((row) => row.key === `batch-${i + 1}`)?.n ?? 0),
  }));
}

async function untilAnswering(timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const answer = await bed.api.query('{ ruling(number: "51-19") { number } }');
    if (!answer.body.errors) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Neo4j did not come back within ${timeoutMs} ms`);
}

it('leaves every edit cut by a SIGKILL of Neo4j whole or absent, with its audit entry, and retries write each once', async () => {
  const setup = await bed.api.query(
    IMPORT,
    {
      ndjson: [
        { kind: 'law', id: 'SEL', title: 'Lov om social service', shortTitle: 'serviceloven' },
        { kind: 'paragraph', ref: 'SEL § 41', title: 'Merudgifter' },
      ]
        .map((record) => JSON.stringify(record))
        .join('\n'),
    },
    editor,
  );
  expect(setup.body.errors).toBeUndefined();

  // The edits queue on the editing lock, so when the first has answered the others are waiting
  // or mid-transaction; then the launcher's whole process group (launcher and JVM) is killed.
  const sent = Array.from({ length: BATCHES }, (_, i) =>
    bed.api.query(IMPORT, { ndjson: batch(i + 1), key: `batch-${i + 1}` }, editor),
  );
  await Promise.race(sent);
  process.kill(-Number(readFileSync(join(config.home, 'run', 'launcher.pid'), 'utf8')), 'SIGKILL');
  const answers = await Promise.all(sent);
  const failed = answers.filter((answer) => answer.body.errors);
  console.log(`${BATCHES - failed.length} of ${BATCHES} edits answered before the kill took effect`);
  expect(failed.length).toBeGreaterThan(0);
  for (const answer of failed) expect(answer.body.errors![0].extensions!.code).toBe('SERVICE_UNAVAILABLE');

  await untilAnswering(180_000);
  const afterCrash = await stateOfBatches();
  // Each edit whole (all its rulings and one entry) or absent (neither); one that answered is in.
  const whole = { rulings: PER_BATCH, entries: 1 };
  expect(afterCrash).toEqual(
    afterCrash.map((state, i) => (answers[i].body.errors && state.entries === 0 ? { rulings: 0, entries: 0 } : whole)),
  );
  console.log(`committed after the crash: ${afterCrash.filter((state) => state.entries === 1).length} of ${BATCHES}`);

  // The client retries every edit with its key, not knowing which landed: each is written once.
  const retries = await Promise.all(
    Array.from({ length: BATCHES }, (_, i) =>
      bed.api.query(IMPORT, { ndjson: batch(i + 1), key: `batch-${i + 1}` }, editor),
    ),
  );
  for (const retry of retries) expect(retry.body).toEqual({ data: { importRecords: { records: PER_BATCH } } });
  expect(await stateOfBatches()).toEqual(Array.from({ length: BATCHES }, () => ({ rulings: PER_BATCH, entries: 1 })));
}, 400_000);
