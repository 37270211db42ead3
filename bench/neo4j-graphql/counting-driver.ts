import type { Driver, ManagedTransaction, Session, SessionConfig } from 'neo4j-driver';

/** Statements one request sent to Neo4j. */
export class StatementCounter {
  count = 0;
}

/**
 * How round trips of @neo4j/graphql are counted: it runs every statement as
 * executionContext.session(...).executeRead/executeWrite(tx => tx.run(...)) (its Executor,
 * dist/classes/Executor.js), so each request gets a driver view whose sessions hand out
 * transactions that count tx.run before passing it on, the same thing src/db/executor.ts counts
 * for this API. Everything else is the real driver.
 */
export function countingDriver(driver: Driver, counter: StatementCounter): Driver {
  const countTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, property, receiver) {
        if (property === 'run') {
          return (...args: Parameters<ManagedTransaction['run']>) => {
            counter.count++;
            return target.run(...args);
          };
        }
        const value = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const countSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, property, receiver) {
        if (property === 'executeRead' || property === 'executeWrite') {
          return (work: (tx: ManagedTransaction) => unknown, config?: unknown) =>
            (target[property] as any)((tx: ManagedTransaction) => work(countTx(tx)), config);
        }
        if (property === 'run') {
          return (...args: Parameters<Session['run']>) => {
            counter.count++;
            return target.run(...args);
          };
        }
        const value = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property === 'session') return (config?: SessionConfig) => countSession(target.session(config));
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
