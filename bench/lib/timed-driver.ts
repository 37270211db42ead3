import type { Driver, Session, SessionConfig } from 'neo4j-driver';

/** Time spent in Neo4j transactions (begin, statements, commit) and their count, summed. */
export class DatabaseTime {
  ms = 0;
  transactions = 0;
}

/**
 * For the timing breakdown of RESULTS.md: a driver view that adds the wall time of every
 * managed transaction (executeRead/executeWrite, which is how src/db/executor.ts and
 * @neo4j/graphql both run statements) to `time`. Requests are sent one at a time while it is
 * read, so the sum divided by the requests is the database's share of a request; the rest is
 * HTTP, GraphQL and the app's own work.
 */
export function timedDriver(driver: Driver, time: DatabaseTime): Driver {
  const timeSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, property, receiver) {
        if (property === 'executeRead' || property === 'executeWrite') {
          return async (...args: unknown[]) => {
            const started = performance.now();
            try {
              return await (target[property] as (...a: unknown[]) => Promise<unknown>)(...args);
            } finally {
              time.ms += performance.now() - started;
              time.transactions++;
            }
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
