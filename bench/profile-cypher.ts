import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { enableTcpNoDelayForNeo4jDriver } from '../src/db/tcp-no-delay';

/**
 * Runs one Cypher statement (a file, or text after --) with PROFILE against a running Neo4j and
 * prints the plan with rows, db hits and the wall time, e.g.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7699 NEO4J_PASSWORD=$(cat .neo4j/bench/password) \
 *     npx tsx bench/profile-cypher.ts cypher/queries/practice/totals.cypher '{"filters":[...]}'
 *
 * --no-profile runs it plainly (several times with --runs N) and prints timings only.
 */
interface Plan {
  operatorType: string;
  identifiers: string[];
  arguments: Record<string, unknown>;
  dbHits?: number;
  rows?: number;
  children: Plan[];
}

function print(plan: Plan, depth = 0): void {
  const details = plan.arguments.Details ? ` ${String(plan.arguments.Details).slice(0, 160)}` : '';
  console.log(
    `${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows ?? '?'} dbHits=${plan.dbHits ?? '?'}${details}`,
  );
  plan.children.forEach((child) => print(child, depth + 1));
}

function totalHits(plan: Plan): number {
  return (plan.dbHits ?? 0) + plan.children.reduce((sum, child) => sum + totalHits(child), 0);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const plain = args.includes('--no-profile');
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 1;
  const positional = args.filter((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--runs');
  const [source, paramsText] = positional;
  const text = source.endsWith('.cypher') ? readFileSync(source, 'utf8') : source;
  // Integers as the driver serialises them ({low, high}: profile-service.ts --dump) become Integers
  // again, so `LIMIT $limit` gets an integer rather than a map.
  const params = paramsText
    ? JSON.parse(paramsText, (_key, value) =>
        value && typeof value === 'object' && Object.keys(value).join() === 'low,high'
          ? neo4j.int(value.low, value.high)
          : value,
      )
    : {};
  // As the service does: without TCP_NODELAY a statement longer than one chunk waits ~40 ms for a delayed ACK.
  enableTcpNoDelayForNeo4jDriver();
  const driver = neo4j.driver(
    process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7699',
    neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD ?? ''),
    {
      disableLosslessIntegers: true,
    },
  );
  const session = driver.session();
  try {
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const result = await session.run(plain ? text : `PROFILE ${text}`, params);
      const ms = performance.now() - started;
      if (!plain) {
        print(result.summary.profile as unknown as Plan);
        console.log(`total db hits ${totalHits(result.summary.profile as unknown as Plan)}`);
      }
      console.log(`${result.records.length} rows in ${ms.toFixed(1)} ms`);
      if (run === runs - 1)
        console.log(JSON.stringify(result.records.slice(0, 5).map((record) => record.toObject())).slice(0, 2000));
    }
  } finally {
    await session.close();
    await driver.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
