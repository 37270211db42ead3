import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config';
import { createDriver } from '../db/driver';
import { Neo4jExecutor } from '../db/executor';
import { applyMigrations } from '../db/migrations';
import { importReferenceSeed } from '../importer/seed-loader';
import { LocalNeo4jServer } from '../local-neo4j/local-neo4j-server';

/**
 * npm run db:reset: the bundled Neo4j's database back to the reference seed, for trying the
 * README's examples again after a mutation changed what they show. Stops the bundled server if
 * it runs, deletes the database's store (the password and the downloaded jars stay), starts the
 * server on an empty store, applies the migrations, loads seed/reference and stops it again.
 * Never touches a server at NEO4J_URI: that is someone's own database.
 */
const log = (line: string) => console.error(line);

async function serviceAnswers(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  const config = loadConfig();
  if (config.externalNeo4j) {
    console.error(
      `npm run db:reset resets only the bundled Neo4j, and NEO4J_URI is set (${config.externalNeo4j.uri}): ` +
        'it will not wipe a database of your own. Unset NEO4J_URI to reset the bundled one.',
    );
    return 2;
  }
  if (await serviceAnswers(config.port)) {
    console.error(
      `The service is running (http://localhost:${config.port}); stop it first (Ctrl-C where npm start runs), then reset.`,
    );
    return 1;
  }
  const server = new LocalNeo4jServer(config.localNeo4j, log);
  await server.stopOtherProcessServer();
  server.removeStore();
  log(`Deleted the database in ${config.localNeo4j.home}/data.`);
  const connection = await server.start();
  const driver = createDriver(connection);
  try {
    const executor = new Neo4jExecutor(driver);
    await applyMigrations(executor, log);
    const records = await importReferenceSeed(executor);
    console.log(`Reset the bundled Neo4j: an empty database with the reference seed (${records} records).`);
  } finally {
    await driver.close();
    await server.stop();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(error instanceof ConfigError ? `Configuration error: ${reason}` : `Reset failed: ${reason}`);
    process.exit(1);
  },
);
