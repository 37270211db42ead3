import type { Driver } from 'neo4j-driver';
import type { Neo4jConnectionConfig } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { Neo4jExecutor } from '../../src/db/executor';
import { buildPraksisSchema } from '../../src/graphql/schema';
import { startService, type RunningService } from '../../src/server';
import { startNeo4jGraphqlService } from '../neo4j-graphql/server';
import { startFloorService } from './floor-server';
import { buildOperations, type Subjects } from './operations';
import { profileStatements, type StatementProfile } from './profile-statements';
import { DatabaseTime, timedDriver } from './timed-driver';

/**
 * The services under test, in a child process of the bench (forked with IPC), so the load the
 * bench generates and the serving do not share one event loop. Each variant has its own driver,
 * all made by src/db/driver.ts with the same configuration, so each has its own connection pool
 * and its own database time (timed-driver.ts).
 *
 * Messages in: { connection, subjects, variants, tcpNoDelay } -> { urls } once up;
 * { times: true } -> { times } (database time so far per variant); { capture: v } -> { capturing }
 * (record the statements variant v sends from now on); { profile: v } -> { profile } (PROFILE
 * what was recorded, outside any timing, and stop recording); { stop: true } -> { stopped }.
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

interface Running {
  urls: ServerUrls;
  times: DatabaseTimes;
  profile(variant: Variant): Promise<StatementProfile>;
  stop(): Promise<void>;
}

async function start(request: ServersRequest): Promise<Running> {
  const services: RunningService[] = [];
  const drivers: Partial<Record<Variant, Driver>> = {};
  const urls: ServerUrls = {};
  const times: DatabaseTimes = {};
  const schema = request.variants.some((v) => v === 'b' || v === 'c') ? await buildPraksisSchema() : undefined;
  for (const variant of request.variants) {
    const plain = createDriver(request.connection, { tcpNoDelay: request.tcpNoDelay });
    drivers[variant] = plain;
    times[variant] = new DatabaseTime();
    const driver = timedDriver(plain, times[variant]!);
    const executor = new Neo4jExecutor(driver, { database: request.connection.database });
    let service: RunningService;
    if (variant === 'a') service = await startFloorService(executor, buildOperations(request.subjects), 0);
    else if (variant === 'b') service = await startService({ schema: schema!, executor }, 0);
    else if (variant === 'c')
      // The per-field path: no DataLoader batching and no query planner.
      service = await startService({ schema: schema!, executor, loaderOptions: { batch: false, compile: false } }, 0);
    else service = await startNeo4jGraphqlService(driver, 0);
    services.push(service);
    urls[variant] = service.url;
  }
  return {
    urls,
    times,
    profile: async (variant) => {
      const statements = times[variant]!.capture ?? [];
      times[variant]!.capture = undefined;
      return profileStatements(drivers[variant]!, request.connection.database, statements);
    },
    stop: async () => {
      for (const service of services) await service.stop();
      for (const driver of Object.values(drivers)) await driver.close();
    },
  };
}

if (require.main === module) {
  let running: Running | undefined;
  type Message = ServersRequest | { stop: true } | { times: true } | { capture: Variant } | { profile: Variant };
  process.on('message', async (message: Message) => {
    try {
      if ('times' in message) {
        // Only the sums: a capture in progress stays here.
        const sums = Object.fromEntries(
          Object.entries(running?.times ?? {}).map(([v, t]) => [
            v,
            { ms: t.ms, busyMs: t.busyMs, transactions: t.transactions },
          ]),
        );
        process.send!({ times: sums });
      } else if ('capture' in message) {
        running!.times[message.capture]!.capture = [];
        process.send!({ capturing: message.capture });
      } else if ('profile' in message) {
        process.send!({ profile: await running!.profile(message.profile) });
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
