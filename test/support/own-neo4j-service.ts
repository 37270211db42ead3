import { createDriver } from '../../src/db/driver';
import { Neo4jExecutor } from '../../src/db/executor';
import { applyMigrations } from '../../src/db/migrations';
import type { LocalNeo4jConfig } from '../../src/config';
import { LocalNeo4jServer } from '../../src/local-neo4j/local-neo4j-server';
import type { AuthConfig } from '../../src/config';
import { ApiClient } from './api-client';
import { wipeNeo4jHome } from './test-neo4j';

/**
 * For test files that stop or kill Neo4j: a fresh server of their own (never the shared test
 * server), migrated, holding one ruling titled `title`, with the service in front of it; stopped
 * after the file. With supervise, the server is restarted when it dies, as under `npm start`;
 * log gets the server's lines; auth configures the service's tokens (none accepted by default).
 */
export function useOwnNeo4jService(
  config: LocalNeo4jConfig,
  title: string,
  options: { supervise?: boolean; log?: (line: string) => void; auth?: AuthConfig } = {},
) {
  const server = new LocalNeo4jServer(config, options.log ?? (() => {}));
  const state: { api?: ApiClient; driver?: ReturnType<typeof createDriver>; executor?: Neo4jExecutor } = {};
  beforeAll(async () => {
    wipeNeo4jHome(config);
    if (options.supervise) server.supervise();
    state.driver = createDriver(await server.start());
    const executor = (state.executor = new Neo4jExecutor(state.driver));
    await applyMigrations(executor);
    await executor.write((tx) =>
      tx.run(`CREATE (:Ruling {number: '51-19', title: $title, decidedOn: '2019-01-01', area: 'work-injury'})`, {
        title,
      }),
    );
    state.api = await ApiClient.start(executor, undefined, { auth: options.auth });
  }, 240_000);
  afterAll(async () => {
    await state.api?.stop();
    await state.driver?.close();
    await server.stop();
  });
  return {
    server,
    /** The service's own executor (one circuit breaker), for a test to look at the graph. */
    get executor(): Neo4jExecutor {
      if (!state.executor) throw new Error('Neo4j is not started yet (use it inside a test)');
      return state.executor;
    },
    get api(): ApiClient {
      if (!state.api) throw new Error('The service is not started yet (use it inside a test)');
      return state.api;
    },
  };
}
