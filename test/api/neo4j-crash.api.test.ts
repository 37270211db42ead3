import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useOwnNeo4jService } from '../support/own-neo4j-service';
import { ownNeo4jConfig } from '../support/test-neo4j';

// Kills Neo4j under a running service, so it runs a server of its own (port + 4) that no other
// test file uses, supervised as `npm start` supervises the bundled one.
const config = ownNeo4jConfig('crash', 4);
const logged: string[] = [];
const bed = useOwnNeo4jService(config, 'Nedbrud', { supervise: true, log: (line) => logged.push(line) });

const query = '{ ruling(number: "51-19") { number title } }';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

it('answers SERVICE_UNAVAILABLE fast after a SIGKILL of Neo4j, and the supervisor brings it back', async () => {
  expect((await bed.api.query(query)).body.data).toEqual({ ruling: { number: '51-19', title: 'Nedbrud' } });

  // SIGKILL the launcher's whole process group (launcher and server JVM), as a crash or the
  // OOM killer would, while 64 requests are under way.
  const launcher = Number(readFileSync(join(config.home, 'run', 'launcher.pid'), 'utf8'));
  const inFlight = Array.from({ length: 64 }, () => timed(() => bed.api.query(query)));
  process.kill(-launcher, 'SIGKILL');
  const first = await Promise.all(inFlight);
  // Then a second wave at concurrency 64, all arriving after the crash.
  const second = await Promise.all(Array.from({ length: 64 }, () => timed(() => bed.api.query(query))));
  const [ready, readyMs] = await timed(() => bed.api.get('/ready'));

  const refused = [...first, ...second].filter(([answer]) => answer.body.errors);
  for (const [answer] of refused) expect(answer.body.errors![0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
  expect(second.every(([answer]) => answer.body.errors)).toBe(true);
  const p99 = percentile(
    refused.map(([, ms]) => ms),
    99,
  );
  console.log(`refused ${refused.length} of 128, p99 ${Math.round(p99)} ms; /ready ${Math.round(readyMs)} ms`);
  expect(p99).toBeLessThan(1_500);
  expect(ready.status).toBe(503);
  expect(readyMs).toBeLessThan(1_000);

  // The supervisor restarts it (after 1 s) and says so; the service recovers without a restart.
  const killedAt = Date.now();
  let answer = await bed.api.query(query);
  while (answer.body.errors && Date.now() - killedAt < 180_000) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    answer = await bed.api.query(query);
  }
  console.log(`recovered ${Date.now() - killedAt} ms after the kill`);
  expect(answer.body.data).toEqual({ ruling: { number: '51-19', title: 'Nedbrud' } });
  expect(logged.join('\n')).toMatch(/exited unexpectedly \(SIGKILL\); restarting it in 1 s/);
  expect(logged.join('\n')).toMatch(/was restarted/);
  expect((await bed.api.get('/ready')).status).toBe(200);
}, 300_000);
