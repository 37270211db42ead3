import { rmSync } from 'node:fs';
import { createDriver } from '../../src/db/driver';
import { Neo4jExecutor } from '../../src/db/executor';
import { applyMigrations } from '../../src/db/migrations';
import { LocalNeo4jServer } from '../../src/local-neo4j/local-neo4j-server';
import { ApiClient } from '../support/api-client';
import { testNeo4jConfig } from '../support/test-neo4j';

// This file stops and restarts Neo4j, so it runs its own server instead of the shared one.
const shared = testNeo4jConfig();
const config = testNeo4jConfig(`${shared.home.split('/').pop()}-availability`, shared.boltPort + 100);
const server = new LocalNeo4jServer(config, () => {});
let api: ApiClient;
let driver: ReturnType<typeof createDriver>;

beforeAll(async () => {
  rmSync(`${config.home}/data`, { recursive: true, force: true });
  rmSync(`${config.home}/password`, { force: true });
  const connection = await server.start();
  driver = createDriver(connection);
  const executor = new Neo4jExecutor(driver);
  await applyMigrations(executor);
  await executor.write((tx) =>
    tx.run(`CREATE (:Ruling {number: '51-19', title: 'Tilgængelighed', decidedOn: '2019-01-01', area: 'work-injury'})`),
  );
  api = await ApiClient.start(executor);
}, 240_000);

afterAll(async () => {
  await api?.stop();
  await driver?.close();
  await server.stop();
});

const query = '{ ruling(number: "51-19") { number title } }';

it('says not ready and answers SERVICE_UNAVAILABLE while Neo4j is down, then recovers by itself', async () => {
  expect((await api.query(query)).body.data).toEqual({ ruling: { number: '51-19', title: 'Tilgængelighed' } });

  await server.stop();
  const ready = await api.get('/ready');
  expect(ready.status).toBe(503);
  expect(ready.body.status).toBe('not ready');
  expect((await api.get('/health')).status).toBe(200);

  const down = await api.query(query);
  expect(down.body.errors).toHaveLength(1);
  expect(down.body.errors![0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
  expect(JSON.stringify(down.body)).not.toMatch(/at .*\.js|Neo4jError|stack/);

  await server.start();
  const deadline = Date.now() + 60_000;
  let answer = await api.query(query);
  while (answer.body.errors && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    answer = await api.query(query);
  }
  expect(answer.body.data).toEqual({ ruling: { number: '51-19', title: 'Tilgængelighed' } });
  expect((await api.get('/ready')).status).toBe(200);
}, 240_000);
