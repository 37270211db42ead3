import { useOwnNeo4jService } from '../support/own-neo4j-service';
import { ownNeo4jConfig } from '../support/test-neo4j';

// This file stops and restarts Neo4j, so it runs its own server instead of the shared one.
const config = ownNeo4jConfig('availability', 100);
const bed = useOwnNeo4jService(config, 'Tilgængelighed');

const query = '{ ruling(number: "51-19") { number title } }';

it('says not ready and answers SERVICE_UNAVAILABLE while Neo4j is down, then recovers by itself', async () => {
  expect((await bed.api.query(query)).body.data).toEqual({ ruling: { number: '51-19', title: 'Tilgængelighed' } });

  await bed.server.stop();
  const ready = await bed.api.get('/ready');
  expect(ready.status).toBe(503);
  expect(ready.body.status).toBe('not ready');
  expect((await bed.api.get('/health')).status).toBe(200);

  const down = await bed.api.query(query);
  expect(down.body.errors).toHaveLength(1);
  expect(down.body.errors![0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
  expect(JSON.stringify(down.body)).not.toMatch(/at .*\.js|Neo4jError|stack/);

  await bed.server.start();
  const deadline = Date.now() + 60_000;
  let answer = await bed.api.query(query);
  while (answer.body.errors && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    answer = await bed.api.query(query);
  }
  expect(answer.body.data).toEqual({ ruling: { number: '51-19', title: 'Tilgængelighed' } });
  expect((await bed.api.get('/ready')).status).toBe(200);
}, 240_000);
