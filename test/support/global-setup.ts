import { createDriver } from '../../src/db/driver';
import { Neo4jExecutor } from '../../src/db/executor';
import { applyMigrations } from '../../src/db/migrations';
import { LocalNeo4jServer } from '../../src/local-neo4j/local-neo4j-server';
import { TEST_CONNECTION_ENV, testNeo4jConfig, wipeNeo4jHome } from './test-neo4j';

/** One real Neo4j for the whole run, started fresh (its data folder wiped) and migrated once. */
export default async function globalSetup(): Promise<void> {
  const config = testNeo4jConfig();
  wipeNeo4jHome(config);
  const server = new LocalNeo4jServer(config, (line) => process.stderr.write(`\n[test neo4j] ${line}`));
  const connection = await server.start();
  (globalThis as { __testNeo4j?: LocalNeo4jServer }).__testNeo4j = server;
  process.env[TEST_CONNECTION_ENV] = JSON.stringify(connection);

  const driver = createDriver(connection);
  try {
    await applyMigrations(new Neo4jExecutor(driver));
  } finally {
    await driver.close();
  }
}
