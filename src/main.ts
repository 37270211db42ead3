import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { connectToNeo4j } from './db/connect';
import type { Neo4jExecutor } from './db/executor';
import { applyMigrations } from './db/migrations';
import { buildPraksisSchema } from './graphql/schema';
import { seedWhenEmpty } from './importer/seed-loader';
import { startService } from './server';

const log = (line: string) => console.log(`[praksis-graph] ${line}`);

/** A user's own Neo4j may still be starting (a container, Desktop); wait instead of failing. */
async function waitForNeo4j(executor: Neo4jExecutor, uri: string): Promise<void> {
  for (let attempt = 1; !(await executor.ping()); attempt++) {
    if (attempt === 1) log(`Waiting for Neo4j at ${uri} ...`);
    if (attempt >= 60)
      throw new Error(`Neo4j at ${uri} did not answer for 2 minutes; check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.`);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

async function main(): Promise<void> {
  const cleanups: (() => Promise<void>)[] = [];
  let stopping = false;
  const shutdown = async (code: number) => {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error) => log(`While stopping: ${error}`));
    }
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      log(`${signal} received, shutting down ...`);
      void shutdown(0);
    });
  }

  try {
    const config = loadConfig();
    const neo4j = await connectToNeo4j(config, log, { supervise: true });
    cleanups.push(() => neo4j.close());
    await waitForNeo4j(neo4j.executor, neo4j.connection.uri);
    await applyMigrations(neo4j.executor, log);
    if (config.seedWhenEmpty) await seedWhenEmpty(neo4j.executor, log);

    const service = await startService(
      {
        schema: await buildPraksisSchema(),
        executor: neo4j.executor.withTransactionTimeout(config.limits.transactionTimeoutMs),
        auth: config.auth,
        limits: config.limits,
        host: config.host,
        corsOrigins: config.corsOrigins,
        requestLog: (line) => process.stdout.write(line + '\n'),
      },
      config.port,
    );
    cleanups.push(() => service.stop());
    log(`GraphQL ready at ${service.url}  (health: /health, readiness: /ready). Ctrl-C stops it.`);
  } catch (error) {
    log(
      error instanceof ConfigError
        ? `Configuration error: ${error.message}`
        : `Could not start: ${error instanceof Error ? error.message : error}`,
    );
    await shutdown(1);
  }
}

void main();
