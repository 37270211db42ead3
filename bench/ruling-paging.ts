import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Pages through every ruling with rulings(first: N) over real HTTP, against a Neo4j you name,
 * and reports the time per page and whether each ruling was visited exactly once:
 *
 *   npx tsx seed/synthetic/generate.ts --rulings 100000 --cases 0 --seed 1 --out /tmp/syn100k.ndjson
 *   npm run build
 *   npx tsx bench/ruling-paging.ts --uri bolt://127.0.0.1:7699 --password-file .neo4j/bench/password \
 *     [--import /tmp/syn100k.ndjson] [--first 50] [--runs 1]
 *
 * The GraphQL service runs in this process on a free port, from the compiled build in dist/
 * (tsx does not emit the decorator metadata type-graphql needs, so src/ cannot be run directly).
 * --import loads the file first through the real importer (idempotent, so a second run is a
 * no-op but still reads it twice). Nothing is deleted.
 *
 * --tcp-nodelay is a diagnostic: it turns off Nagle's algorithm on every socket this process
 * opens, the driver's Bolt sockets included. neo4j-driver writes a message in 1,400-byte chunks,
 * so a statement longer than that goes out in several writes, and with Nagle on the last one
 * waits for the server's delayed ACK (about 40 ms on Linux). Comparing runs with and without the
 * flag shows what that costs per page.
 */

type ServerModule = typeof import('../src/server');
type SchemaModule = typeof import('../src/graphql/schema');
type DriverModule = typeof import('../src/db/driver');
type ExecutorModule = typeof import('../src/db/executor');
type ImporterModule = typeof import('../src/importer/importer');

const dist = (path: string) => join(__dirname, '..', 'dist', path);

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
}

const PAGE = `query($first: Int!, $after: String) {
  rulings(first: $first, after: $after) {
    edges { node { number decidedOn } }
    pageInfo { hasNextPage endCursor }
  }
}`;

function disableNagle(): void {
  const net = require('node:net') as typeof import('node:net');
  const connect = net.Socket.prototype.connect as (...args: unknown[]) => import('node:net').Socket;
  net.Socket.prototype.connect = function (this: import('node:net').Socket, ...args: unknown[]) {
    this.setNoDelay(true);
    return connect.apply(this, args);
  } as typeof net.Socket.prototype.connect;
}

async function main(): Promise<void> {
  if (process.argv.includes('--tcp-nodelay')) disableNagle();
  const uri = option('uri');
  if (!uri) throw new Error('--uri bolt://host:port is required');
  const passwordFile = option('password-file');
  const password = passwordFile ? readFileSync(passwordFile, 'utf8').trim() : (option('password') ?? process.env.NEO4J_PASSWORD ?? '');
  const first = Number(option('first') ?? 50);
  const runs = Number(option('runs') ?? 1);

  const { createDriver } = require(dist('src/db/driver.js')) as DriverModule;
  const { Neo4jExecutor } = require(dist('src/db/executor.js')) as ExecutorModule;
  const { buildPraksisSchema } = require(dist('src/graphql/schema.js')) as SchemaModule;
  const { startService } = require(dist('src/server.js')) as ServerModule;
  const driver = createDriver({ uri, user: option('user') ?? 'neo4j', password });
  const executor = new Neo4jExecutor(driver);

  const file = option('import');
  if (file) {
    const { importNdjson } = require(dist('src/importer/importer.js')) as ImporterModule;
    const summary = await importNdjson(executor, file, { progress: true });
    console.log(`imported ${summary.records} records in ${summary.seconds.toFixed(1)} s`);
  }
  const [{ total }] = await executor.query<{ total: number }>('MATCH (r:Ruling) RETURN count(r) AS total');
  const service = await startService({ schema: await buildPraksisSchema(), executor }, 0);
  try {
    for (let run = 1; run <= runs; run++) {
      const seen = new Map<string, number>();
      const times: number[] = [];
      let after: string | null = null;
      let previous: { number: string; decidedOn: string } | undefined;
      let outOfOrder = 0;
      const started = performance.now();
      for (;;) {
        const t = performance.now();
        const response = await fetch(service.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: PAGE, variables: { first, after } }),
        });
        const body = (await response.json()) as { data?: any; errors?: unknown[] };
        times.push(performance.now() - t);
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        for (const { node } of body.data.rulings.edges) {
          seen.set(node.number, (seen.get(node.number) ?? 0) + 1);
          if (previous && (node.decidedOn > previous.decidedOn || (node.decidedOn === previous.decidedOn && node.number <= previous.number))) outOfOrder++;
          previous = node;
        }
        if (!body.data.rulings.pageInfo.hasNextPage) break;
        after = body.data.rulings.pageInfo.endCursor;
      }
      const seconds = (performance.now() - started) / 1000;
      const sorted = [...times].sort((a, b) => a - b);
      const twice = [...seen.values()].filter((n) => n > 1).length;
      console.log(
        [
          `run ${run}${process.argv.includes('--tcp-nodelay') ? ' (--tcp-nodelay)' : ''}: ${total} rulings in the graph, ${times.length} pages of ${first} in ${seconds.toFixed(1)} s`,
          `  time per page (HTTP round trip, ms): median ${percentile(sorted, 0.5).toFixed(1)}, p95 ${percentile(sorted, 0.95).toFixed(1)}, max ${sorted[sorted.length - 1].toFixed(1)}, first ${times[0].toFixed(1)}, last ${times[times.length - 1].toFixed(1)}`,
          `  visited ${seen.size} distinct rulings; visited more than once: ${twice}; missing: ${total - seen.size}; out of order: ${outOfOrder}`,
        ].join('\n'),
      );
    }
  } finally {
    await service.stop();
    await driver.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
