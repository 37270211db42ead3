import type { Config, Neo4jConnectionConfig } from '../config';
import { LocalNeo4jServer } from '../local-neo4j/local-neo4j-server';
import { createDriver } from './driver';
import { Neo4jExecutor } from './executor';

export interface Neo4jConnection {
  connection: Neo4jConnectionConfig;
  executor: Neo4jExecutor;
  /** Closes the driver and stops the bundled server if this call started it. */
  close(): Promise<void>;
}

/**
 * NEO4J_URI wins; otherwise the bundled server is used, started here unless another live
 * process of ours (the service, say) already runs it, in which case the two share it. A server
 * whose starter is gone is adopted: this process stops it. `supervise` (the service): restart
 * the bundled server with backoff when it dies.
 */
export async function connectToNeo4j(
  config: Config,
  log: (line: string) => void,
  options: { supervise?: boolean } = {},
): Promise<Neo4jConnection> {
  let started: LocalNeo4jServer | undefined;
  let connection = config.externalNeo4j;
  if (!connection) {
    const local = new LocalNeo4jServer(config.localNeo4j, log);
    if (options.supervise) local.supervise();
    if ((await local.isRunning()) && local.starterIsAlive()) {
      connection = local.connection;
      log(`Using the bundled Neo4j already running at ${connection.uri}.`);
    } else if (await local.isRunning()) {
      // Left by a killed importer or service: ours to stop from now on.
      local.adopt();
      started = local;
      connection = local.connection;
    } else {
      started = local;
      connection = await local.start();
    }
  } else {
    log(`Using the Neo4j at ${connection.uri} (NEO4J_URI); starting none.`);
  }
  const driver = createDriver(connection);
  const executor = new Neo4jExecutor(driver, { database: connection.database });
  return {
    connection,
    executor,
    close: async () => {
      await driver.close();
      await started?.stop();
    },
  };
}
