import type { Driver, ManagedTransaction, Session, SessionConfig, Transaction } from 'neo4j-driver';

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
 * transaction to `time`: managed ones (executeRead/executeWrite, how @neo4j/graphql runs
 * statements), explicit ones (beginTransaction to commit or rollback, how src/db/executor.ts
 * runs writes) and auto-commit ones (a session's run, how it runs single-statement reads). Requests are sent one at a time while it is read, so the sum
 * divided by the requests is the database's share of a request; the rest is HTTP, GraphQL and
 * the app's own work. With `time.capture` set it also records the statements.
 */
export function timedDriver(driver: Driver, time: DatabaseTime): Driver {
  const record = (query: unknown, params: unknown) => {
    if (time.capture && typeof query === 'string')
      time.capture.push({ query, params: (params ?? {}) as Record<string, unknown> });
  };
  /** Opens a timed window; the function it returns closes it, once however often it is called. */
  const opened = () => {
    const started = performance.now();
    if (time.open++ === 0) time.openedAt = started;
    let closed = false;
    return () => {
      if (closed) return;
      closed = true;
      const ended = performance.now();
      time.ms += ended - started;
      time.transactions++;
      if (--time.open === 0) time.busyMs += ended - time.openedAt;
    };
  };
  /**
   * `runner` with its run recorded, and `override` answering the properties it knows; with
   * `autoCommit` (a session's own run), each run is a transaction of its own, timed until its
   * result has been read or has failed.
   */
  const recorded = <T extends object>(
    runner: T,
    override: (target: T, property: string | symbol) => unknown = () => undefined,
    autoCommit = false,
  ): T =>
    new Proxy(runner, {
      get(target, property, receiver) {
        if (property === 'run') {
          return (query: unknown, params?: unknown, ...rest: unknown[]) => {
            record(query, params);
            const close = autoCommit ? opened() : undefined;
            const result = (target as unknown as { run: (...a: unknown[]) => PromiseLike<unknown> }).run(
              query,
              params,
              ...rest,
            );
            // A Result keeps the promise it makes, so this is the same reading as its caller's.
            if (close) result.then(close, close);
            return result;
          };
        }
        const replaced = override(target, property);
        if (replaced !== undefined) return replaced;
        const value = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const timeSession = (session: Session): Session => {
    const unfinished = new Set<() => void>();
    return recorded(
      session,
      (target, property) => {
        if (property === 'executeRead' || property === 'executeWrite') {
          return async (work: (tx: ManagedTransaction) => unknown, config?: unknown) => {
            const close = opened();
            try {
              return await (target[property] as (...a: unknown[]) => Promise<unknown>)(
                (tx: ManagedTransaction) => work(recorded(tx)),
                config,
              );
            } finally {
              close();
            }
          };
        }
        if (property === 'beginTransaction') {
          return (config?: unknown) => {
            const close = opened();
            unfinished.add(close);
            const finish = () => (close(), unfinished.delete(close));
            return recorded((target.beginTransaction as (c?: unknown) => Transaction)(config), (tx, name) =>
              name === 'commit' || name === 'rollback'
                ? () => (tx[name] as () => Promise<void>).call(tx).finally(finish)
                : undefined,
            );
          };
        }
        // A transaction that failed closes with its session, never reaching commit or rollback.
        if (property === 'close') return () => target.close().finally(() => unfinished.forEach((close) => close()));
        return undefined;
      },
      true,
    );
  };
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property === 'session') return (config?: SessionConfig) => timeSession(target.session(config));
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
