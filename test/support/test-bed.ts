import { importReferenceSeed } from '../../src/importer/seed-loader';
import { ApiClient } from './api-client';
import { TestDatabase } from './database';
import { importRecords } from './ndjson-fixture';

type ServiceOptions = Parameters<typeof ApiClient.start>[2];

export interface TestBedOptions {
  /** Import the reference seed first. */
  seed?: boolean;
  /** Records imported through the real importer after the seed. */
  records?: (object | string)[];
  /** Any further set-up on the emptied (and seeded) database, before the service starts. */
  setup?: (db: TestDatabase) => Promise<void> | void;
  /** false: no service, only the database. Otherwise the service's options (auth, limits, loaders). */
  service?: false | (ServiceOptions & { loaderOptions?: Parameters<typeof ApiClient.start>[1] });
  /** For set-ups that import large generated data sets (jest's default is the config's testTimeout). */
  timeoutMs?: number;
  /** Run after the service stops and before the database is emptied. */
  teardown?: () => Promise<void> | void;
}

export interface TestBed {
  db: TestDatabase;
  /** The running service; usable inside tests and hooks (it starts in beforeAll). */
  api: ApiClient;
}

/**
 * The service a hook starts, for a file or block to name at the top and use in its tests and
 * hooks; says plainly when something reaches for it before it runs.
 */
function runningLater(current: () => ApiClient | undefined): ApiClient {
  return new Proxy({} as ApiClient, {
    get(_target, property) {
      const client = current();
      if (!client)
        throw new Error(`the test bed's service is not running (api.${String(property)} used outside a test or hook)`);
      const value = Reflect.get(client, property, client);
      return typeof value === 'function' ? value.bind(client) : value;
    },
  });
}

/**
 * The life cycle every database test shares, registered as jest hooks in the calling scope:
 * empty the shared test database, load what the file needs, start the real HTTP service on a free
 * port; afterwards stop it, empty the database and close the driver, so files never see each
 * other's data. In the spirit of @neo4j/graphql's TestHelper.
 */
export function useTestBed(options: TestBedOptions = {}): TestBed {
  const db = new TestDatabase();
  let client: ApiClient | undefined;
  const api = runningLater(() => client);
  beforeAll(async () => {
    await db.clear();
    if (options.seed) await importReferenceSeed(db.executor);
    if (options.records) await importRecords(db.executor, options.records);
    await options.setup?.(db);
    if (options.service !== false) {
      const { loaderOptions, ...serviceOptions } = options.service ?? {};
      client = await ApiClient.start(db.executor, loaderOptions, serviceOptions);
    }
  }, options.timeoutMs);

  afterAll(async () => {
    await client?.stop();
    await options.teardown?.();
    await db.clear();
    await db.close();
  });

  return { db, api };
}

/**
 * A further service over the test bed's database with options of its own (auth, CORS, limits),
 * started before the calling describe block's tests and stopped after them.
 */
export function useService(db: TestDatabase, options: NonNullable<ServiceOptions>): ApiClient {
  let client: ApiClient | undefined;
  beforeAll(async () => {
    client = await ApiClient.start(db.executor, undefined, options);
  });
  afterAll(() => client?.stop());
  return runningLater(() => client);
}
