import { join } from 'node:path';
import { createDriver } from '../src/db/driver';
import { Neo4jExecutor } from '../src/db/executor';
import { applyMigrations } from '../src/db/migrations';
import { LocalNeo4jServer } from '../src/local-neo4j/local-neo4j-server';
import { LOCAL_NEO4J_DIR } from '../src/shared/project-paths';

/**
 * Keeps a bundled Neo4j up for measuring, with more memory than the test server gets, until
 * Ctrl-C or SIGTERM. Its data is kept between runs (unlike the test server's), so a large
 * import is paid once:
 *
 *   npx tsx bench/neo4j-server.ts --name bench --port 7699 --heap 2g --pagecache 3g
 *   NEO4J_URI=bolt://127.0.0.1:7699 NEO4J_PASSWORD=$(cat .neo4j/bench/password) npm run import -- /tmp/syn.ndjson
 *
 * Choose a port no other server on the machine uses; the folder is .neo4j/<name>.
 */
function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

async function main(): Promise<void> {
  const name = option('name', 'bench');
  const config = {
    home: join(LOCAL_NEO4J_DIR, name),
    boltPort: Number(option('port', '7699')),
    heapSize: option('heap', '2g'),
    pageCacheSize: option('pagecache', '3g'),
  };
  const server = new LocalNeo4jServer(config, (line) => console.error(line));
  const connection = await server.start();
  const driver = createDriver(connection);
  try {
    await applyMigrations(new Neo4jExecutor(driver), (line) => console.error(line));
  } finally {
    await driver.close();
  }
  console.error(`Up at ${connection.uri}; password in ${join(config.home, 'password')}. Ctrl-C stops it.`);
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // Keeps the event loop alive: the server's child handle is unref'd on purpose.
  setInterval(() => undefined, 1 << 30);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
