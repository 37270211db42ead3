import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { connectToNeo4j } from '../../src/db/connect';
import { isAlive } from '../../src/local-neo4j/local-neo4j-server';
import { PROJECT_ROOT } from '../../src/shared/project-paths';
import { envWithoutNeo4j, runBuiltCli } from '../support/cli';
import { useOwnNeo4jHome } from '../support/own-neo4j-home';
import { testNeo4jConfig } from '../support/test-neo4j';

// Issue 17, finding 6: a bundled Neo4j left running by a killed importer was reused by the next
// start and never stopped. Now the next start recognises it, adopts it (says so, and stops it when
// it stops), while a server whose starter still lives is shared and left to that starter.
// A bundled home of its own (port + 100, as db-reset.test.ts; files run one at a time).
const shared = testNeo4jConfig();
const config = testNeo4jConfig(`${shared.home.split('/').pop()}-adopt`, shared.boltPort + 100);
const env = {
  ...envWithoutNeo4j(),
  LOCAL_NEO4J_HOME: config.home,
  LOCAL_NEO4J_BOLT_PORT: String(config.boltPort),
  LOCAL_NEO4J_HEAP: config.heapSize,
  LOCAL_NEO4J_PAGECACHE: config.pageCacheSize,
};
const LAWS = join(PROJECT_ROOT, 'seed', 'reference', '01-laws.ndjson');
const launcherPid = () => Number(readFileSync(join(config.home, 'run', 'launcher.pid'), 'utf8'));
const ownerPid = () => Number(readFileSync(join(config.home, 'run', 'owner.pid'), 'utf8'));

/** Runs the built importer and SIGKILLs it as soon as the Neo4j it started is ready. */
function importKilledOnceNeo4jIsUp(): Promise<number> {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist', 'src', 'cli', 'import.js'), LAWS], {
    env,
    cwd: PROJECT_ROOT,
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const watch = (chunk: Buffer) => {
      output += chunk;
      if (output.includes('The bundled Neo4j is ready.')) child.kill('SIGKILL');
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', watch);
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(child.pid!) : reject(new Error(`the importer was not killed:\n${output}`)),
    );
  });
}

useOwnNeo4jHome(config);

it('adopts the Neo4j a killed importer left, shares it with a later import, and stops it when it stops', async () => {
  const importer = await importKilledOnceNeo4jIsUp();
  const launcher = launcherPid();
  expect(isAlive(importer)).toBe(false);
  expect(isAlive(launcher)).toBe(true);
  expect(ownerPid()).toBe(importer);

  // The next start (the service's path: npm start calls connectToNeo4j) takes it over explicitly.
  const logged: string[] = [];
  const neo4j = await connectToNeo4j(loadConfig(env), (line) => logged.push(line), { supervise: true });
  expect(logged.join('\n')).toContain(
    `Adopting the bundled Neo4j (process group ${launcher}) left running by process ${importer}, which is gone`,
  );
  expect(logged.join('\n')).not.toContain('Starting the bundled Neo4j');
  expect(launcherPid()).toBe(launcher);
  expect(ownerPid()).toBe(process.pid);
  expect(await neo4j.executor.ping()).toBe(true);

  // An import while this process holds it shares the server and leaves it running.
  const run = await runBuiltCli('import', [LAWS], env);
  expect(run.code).toBe(0);
  expect(run.stderr).toContain(`Using the bundled Neo4j already running at bolt://127.0.0.1:${config.boltPort}`);
  expect(isAlive(launcher)).toBe(true);
  expect(await neo4j.executor.ping()).toBe(true);

  // Stopping the adopter (Ctrl-C of npm start) stops the adopted server.
  await neo4j.close();
  expect(isAlive(launcher)).toBe(false);
}, 400_000);
