import type { Driver, ManagedTransaction, Session, SessionConfig } from 'neo4j-driver';

/** Time spent in Neo4j transactions (begin, statements, commit) and their count. */
export class DatabaseTime {
  /** Summed over transactions: parallel ones (a request's DataLoaders) count each. */
  ms = 0;
  /** Wall time during which at least one transaction was open: at most the requests' time. */
  busyMs = 0;
  transactions = 0;
  open = 0;
  openedAt = 0;
  /**
   * While set, every statement the driver runs is appended here with its parameters, as the
   * driver got them (so they can be PROFILEd again exactly: profile-statements.ts).
   */
  capture?: { query: string; params: Record<string, unknown> }[];
}

/**
 * For the timing breakdown of RESULTS.md: a driver view that adds the wall time of every
 * managed transaction (executeRead/executeWrite, which is how src/db/executor.ts and
 * @neo4j/graphql both run statements) to `time`. Requests are sent one at a time while it is
 * read, so the sum divided by the requests is the database's share of a request; the rest is
 * HTTP, GraphQL and the app's own work. With `time.capture` set it also records the statements.
 */
export function timedDriver(driver: Driver, time: DatabaseTime): Driver {
  const record = (query: unknown, params: unknown) => {
    if (time.capture && typeof query === 'string')
      time.capture.push({ query, params: (params ?? {}) as Record<string, unknown> });
  };
  const captureTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, property, receiver) {
        if (property === 'run') {
          return (...args: Parameters<ManagedTransaction['run']>) => {
            record(args[0], args[1]);
            return target.run(...args);
          };
        }
        const value = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const timeSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, property, receiver) {
        if (property === 'executeRead' || property === 'executeWrite') {
          return async (work: (tx: ManagedTransaction) => unknown, config?: unknown) => {
            const started = performance.now();
            if (time.open++ === 0) time.openedAt = started;
            try {
              return await (target[property] as (...a: unknown[]) => Promise<unknown>)(
                (tx: ManagedTransaction) => work(captureTx(tx)),
                config,
              );
            } finally {
              const ended = performance.now();
              time.ms += ended - started;
              time.transactions++;
              if (--time.open === 0) time.busyMs += ended - time.openedAt;
            }
          };
        }
        if (property === 'run') {
          return (...args: Parameters<Session['run']>) => {
            record(args[0], args[1]);
            return target.run(...args);
          };
        }
        const value = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property === 'session') return (config?: SessionConfig) => timeSession(target.session(config));
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
