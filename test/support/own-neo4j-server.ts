import { createDriver } from '../../src/db/driver';
import { Neo4jExecutor } from '../../src/db/executor';
import type { LocalNeo4jServer } from '../../src/local-neo4j/local-neo4j-server';

/**
 * Runs work against a test file's own server, started for it; the driver is closed afterwards
 * and, unless leaveRunning, the server stopped (also when work throws).
 */
export async function onOwnServer<T>(
  server: LocalNeo4jServer,
  work: (executor: Neo4jExecutor) => Promise<T>,
  options: { leaveRunning?: boolean } = {},
): Promise<T> {
  const driver = createDriver(await server.start());
  try {
    return await work(new Neo4jExecutor(driver));
  } finally {
    await driver.close();
    if (!options.leaveRunning) await server.stop();
  }
}
