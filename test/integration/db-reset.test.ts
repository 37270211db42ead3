import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Neo4jExecutor } from '../../src/db/executor';
import { LocalNeo4jServer } from '../../src/local-neo4j/local-neo4j-server';
import { envWithoutNeo4j, runBuiltCli } from '../support/cli';
import { useOwnNeo4jHome } from '../support/own-neo4j-home';
import { onOwnServer } from '../support/own-neo4j-server';
import { ownNeo4jConfig } from '../support/test-neo4j';

// npm run db:reset on a bundled home of its own (the shared test server is not touched):
// the CLI as `npm run db:reset` runs it, from the build.
const config = ownNeo4jConfig('reset', 100);
const env = (extra: Record<string, string> = {}) => ({
  ...envWithoutNeo4j(),
  LOCAL_NEO4J_HOME: config.home,
  LOCAL_NEO4J_BOLT_PORT: String(config.boltPort),
  LOCAL_NEO4J_HEAP: config.heapSize,
  LOCAL_NEO4J_PAGECACHE: config.pageCacheSize,
  // A port where nothing listens: no service is running.
  PORT: '1',
  ...extra,
});

const reset = (extra: Record<string, string> = {}) => runBuiltCli('db-reset', [], env(extra));

const withServer = <T>(work: (executor: Neo4jExecutor) => Promise<T>, stop = true): Promise<T> =>
  onOwnServer(new LocalNeo4jServer(config, () => {}), work, { leaveRunning: !stop });

const countOf = async (executor: Neo4jExecutor, label: string) =>
  (await executor.query<{ n: number }>(`MATCH (n:${label}) RETURN count(n) AS n`))[0].n;

useOwnNeo4jHome(config);

describe('npm run db:reset', () => {
  it('refuses with NEO4J_URI set, exit code 2, and touches nothing', async () => {
    const run = await reset({ NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('resets only the bundled Neo4j, and NEO4J_URI is set (bolt://127.0.0.1:1)');
    expect(new LocalNeo4jServer(config).hasStore()).toBe(false);
  });

  it('refuses while the service answers on PORT', async () => {
    const service: Server = createServer((_req, res) => res.end('{"status":"ok"}'));
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    try {
      const run = await reset({ PORT: String((service.address() as AddressInfo).port) });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('The service is running');
    } finally {
      service.close();
    }
  });

  it('stops a running bundled Neo4j, wipes its database and loads the reference seed', async () => {
    // Data the seed does not hold, and the server left running, as after a session of edits.
    await withServer(async (executor) => {
      await executor.write((tx) => tx.run("CREATE (:Ruling {number: '999-99', title: 'local edit'})"));
    }, false);

    const run = await reset();
    expect(run.stderr).toContain('Stopping the bundled Neo4j running in');
    expect(run.stdout).toMatch(/Reset the bundled Neo4j: an empty database with the reference seed \(\d+ records\)\./);
    expect(run.code).toBe(0);

    await withServer(async (executor) => {
      expect(await countOf(executor, 'Ruling')).toBe(30);
      expect(
        (await executor.query<{ n: number }>("MATCH (r:Ruling {number: '999-99'}) RETURN count(r) AS n"))[0].n,
      ).toBe(0);
      expect(await countOf(executor, 'SchemaMigration')).toBeGreaterThan(0);
    });
  }, 600_000);
});
