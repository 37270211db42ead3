import type { Neo4jConnectionConfig } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { Neo4jExecutor } from '../../src/db/executor';
import { buildPraksisSchema } from '../../src/graphql/schema';
import { startService, type RunningService } from '../../src/server';
import { startNeo4jGraphqlService } from '../neo4j-graphql/server';
import { startFloorService } from './floor-server';
import { buildOperations, type Subjects } from './operations';
import { DatabaseTime, timedDriver } from './timed-driver';

/**
 * The services under test, in a child process of the bench (forked with IPC), so the load the
 * bench generates and the serving do not share one event loop. Each variant has its own driver,
 * all made by src/db/driver.ts with the same configuration, so each has its own connection pool
 * and its own database time (timed-driver.ts).
 *
 * Messages in: { connection, subjects, variants, tcpNoDelay } -> { urls } once up;
 * { times: true } -> { times } (database time so far per variant); { stop: true } -> { stopped }.
 */
export type Variant = 'a' | 'b' | 'c' | 'd';

export interface ServersRequest {
  connection: Neo4jConnectionConfig;
  subjects: Subjects;
  variants: Variant[];
  tcpNoDelay: boolean;
}

export type ServerUrls = Partial<Record<Variant, string>>;
export type DatabaseTimes = Partial<Record<Variant, DatabaseTime>>;

async function start(
  request: ServersRequest,
): Promise<{ urls: ServerUrls; times: DatabaseTimes; stop(): Promise<void> }> {
  const services: RunningService[] = [];
  const drivers: { close(): Promise<void> }[] = [];
  const urls: ServerUrls = {};
  const times: DatabaseTimes = {};
  const schema = request.variants.some((v) => v === 'b' || v === 'c') ? await buildPraksisSchema() : undefined;
  for (const variant of request.variants) {
    const plain = createDriver(request.connection, { tcpNoDelay: request.tcpNoDelay });
    drivers.push(plain);
    times[variant] = new DatabaseTime();
    const driver = timedDriver(plain, times[variant]!);
    const executor = new Neo4jExecutor(driver, { database: request.connection.database });
    let service: RunningService;
    if (variant === 'a') service = await startFloorService(executor, buildOperations(request.subjects), 0);
    else if (variant === 'b') service = await startService({ schema: schema!, executor }, 0);
    else if (variant === 'c')
      service = await startService({ schema: schema!, executor, loaderOptions: { batch: false } }, 0);
    else service = await startNeo4jGraphqlService(driver, 0);
    services.push(service);
    urls[variant] = service.url;
  }
  return {
    urls,
    times,
    stop: async () => {
      for (const service of services) await service.stop();
      for (const driver of drivers) await driver.close();
    },
  };
}

if (require.main === module) {
  let running: Awaited<ReturnType<typeof start>> | undefined;
  process.on('message', async (message: ServersRequest | { stop: true } | { times: true }) => {
    try {
      if ('times' in message) {
        process.send!({ times: running?.times ?? {} });
      } else if ('stop' in message) {
        await running?.stop();
        process.send!({ stopped: true }, () => process.exit(0));
      } else {
        running = await start(message);
        process.send!({ urls: running.urls });
      }
    } catch (error) {
      process.send!({ error: String((error as Error).stack ?? error) }, () => process.exit(1));
    }
  });
  // The bench going away must not leave servers behind.
  process.on('disconnect', () => process.exit(0));
}
