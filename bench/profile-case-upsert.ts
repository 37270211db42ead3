import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import { enableTcpNoDelayForNeo4jDriver } from '../src/db/tcp-no-delay';
import { complaintCaseRow } from '../src/importer/batch-writer';
import type { ImportRecord } from '../src/importer/import-schema';
import { CYPHER_DIR } from '../src/shared/project-paths';

/**
 * PROFILEs cypher/queries/importer/upsert-complaint-cases.cypher (the statement that corrects
 * stored cases; --statement cypher/queries/importer/create-complaint-cases.cypher for new ones) on
 * one batch of complaint cases
 * taken from an NDJSON file (e.g. the synthetic one), so the importer's slowest statement can be
 * read operator by operator. Case ids get a prefix, so the batch is new to a database that
 * already holds the file: --prefix X- (default "PROFILE-"); run it twice to see the re-import path.
 * --statement FILE profiles another version of the statement; --before FILE runs a statement
 * first in the same transaction (a split version); --no-profile only times it.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7699 NEO4J_PASSWORD=$(cat .neo4j/bench/password) \
 *     npx tsx bench/profile-case-upsert.ts /tmp/syn.ndjson --rows 5000 --skip 200000
 *
 * It writes to the database it is pointed at: use a benchmark database, never real data.
 */
function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

interface Plan {
  operatorType: string;
  arguments: Record<string, unknown>;
  dbHits?: number;
  rows?: number;
  time?: number;
  children: Plan[];
}

function print(plan: Plan, depth = 0): void {
  const details = plan.arguments.Details ? ` ${String(plan.arguments.Details).replace(/\s+/g, ' ').slice(0, 140)}` : '';
  console.log(`${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows} dbHits=${plan.dbHits}${details}`);
  plan.children.forEach((child) => print(child, depth + 1));
}

async function main(): Promise<void> {
  const file = process.argv[2];
  const rows = Number(option('rows', '5000'));
  const skip = Number(option('skip', '0'));
  const prefix = option('prefix', 'PROFILE-');
  const batch: Omit<ReturnType<typeof complaintCaseRow>, 'practiceCells'>[] = [];
  const cells = new Map<string, unknown>();
  let seen = 0;
  for await (const line of createInterface({ input: createReadStream(file) })) {
    if (!line.includes('"kind":"complaintCase"')) continue;
    if (seen++ < skip) continue;
    const record = JSON.parse(line) as Extract<ImportRecord, { kind: 'complaintCase' }>;
    const { practiceCells, ...row } = complaintCaseRow({ ...record, id: prefix + record.id });
    practiceCells.forEach((cell) => cells.set(cell.key, cell));
    batch.push(row);
    if (batch.length >= rows) break;
  }
  const statementFile = option('statement', join(CYPHER_DIR, 'queries', 'importer', 'upsert-complaint-cases.cypher'));
  const statement = readFileSync(statementFile, 'utf8');
  const profile = !process.argv.includes('--no-profile');
  // As the service does: without TCP_NODELAY a statement longer than one chunk waits ~40 ms for a delayed ACK.
  enableTcpNoDelayForNeo4jDriver();
  const driver = neo4j.driver(
    process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7699',
    neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD ?? ''),
  );
  const session = driver.session();
  try {
    const started = performance.now();
    const before = option('before', '');
    const result = await session.executeWrite(async (tx) => {
      // As the importer does: the batch's distinct practice cells first, which the case statements MATCH.
      await tx.run(readFileSync(join(CYPHER_DIR, 'queries', 'importer', 'merge-practice-cells.cypher'), 'utf8'), {
        cells: [...cells.values()],
      });
      if (before) await tx.run(readFileSync(before, 'utf8'), { rows: batch });
      return tx.run(profile ? `PROFILE ${statement}` : statement, { rows: batch });
    });
    const ms = performance.now() - started;
    if (profile) print(result.summary.profile as unknown as Plan);
    console.log(
      `${batch.length} cases in ${ms.toFixed(0)} ms, commit included (${Math.round((batch.length / ms) * 1000)} cases/s${profile ? ' with PROFILE overhead' : ''})`,
    );
  } finally {
    await session.close();
    await driver.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
