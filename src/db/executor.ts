import { isRetryableError, type Driver, type Session, type Transaction } from 'neo4j-driver';
import { ServiceUnavailableError } from '../errors';
import { Neo4jCircuitBreaker } from './circuit-breaker';
import { CONNECTIVITY_CODES, mapDriverError } from './driver-errors';
import { TransactionLimiter } from './transaction-limiter';

// neo4j-driver 5 does not re-export TransactionConfig from its entry point.
type TransactionConfig = NonNullable<Parameters<Session['executeRead']>[1]>;

/** Transient errors (deadlocks) are retried for this long, as the driver did before. */
const RETRY_TIME_MS = 5_000;
const FIRST_RETRY_DELAY_MS = 100;

export type Params = Record<string, unknown>;

/** What repositories get inside a transaction: rows as plain objects, every run counted. */
export interface Tx {
  run<Row = Record<string, unknown>>(cypher: string, params?: Params): Promise<Row[]>;
}

/** One try of a transaction's work on a session: an explicit transaction, or one auto-commit read. */
type Attempt<T> = (session: Session, config: TransactionConfig) => Promise<T>;

/** Counts statements sent to Neo4j, so tests and benchmarks can assert batching. */
export class RoundTripCounter {
  count = 0;
}

export interface ExecutorOptions {
  database?: string;
  /** Passed to Neo4j as the transaction timeout, so a runaway query is stopped by the server. */
  transactionTimeoutMs?: number;
  /** Each per-request view (withCounter) runs at most this many transactions at once. */
  maxTransactionsPerRequest?: number;
  /** Shared by every view of one driver; made by the first executor when not given. */
  breaker?: Neo4jCircuitBreaker;
  /** Counts open transactions (the service's Prometheus gauge). */
  openTransactions?: { inc(): void; dec(): void };
}

/**
 * The one way the app talks to Neo4j: explicit transactions (transient errors retried here, see attempt),
 * sessions always closed, and driver errors mapped to the app's error set.
 */
export class Neo4jExecutor {
  private readonly options: ExecutorOptions;

  constructor(
    readonly driver: Driver,
    options: ExecutorOptions = {},
    readonly roundTrips = new RoundTripCounter(),
    private readonly limiter?: TransactionLimiter,
  ) {
    this.options = { ...options, breaker: options.breaker ?? new Neo4jCircuitBreaker(driver) };
  }

  /** True while Neo4j is known to be unreachable (requests are then refused at once). */
  get unreachable(): boolean {
    return this.options.breaker!.isOpen;
  }

  /**
   * A view that shares the driver but counts round trips separately (one per request), with its
   * own limit of concurrent transactions when maxTransactionsPerRequest is set.
   */
  withCounter(counter: RoundTripCounter): Neo4jExecutor {
    const max = this.options.maxTransactionsPerRequest;
    return new Neo4jExecutor(this.driver, this.options, counter, max ? new TransactionLimiter(max) : undefined);
  }

  /**
   * The service's view: its per-request views (withCounter) each run at most
   * maxTransactionsPerRequest transactions at once, and open transactions are counted.
   */
  forService(options: Pick<ExecutorOptions, 'maxTransactionsPerRequest' | 'openTransactions'>): Neo4jExecutor {
    return new Neo4jExecutor(this.driver, { ...this.options, ...options }, this.roundTrips, this.limiter);
  }

  /**
   * A view whose transactions Neo4j stops after timeoutMs: for answering requests. Start-up work
   * (migrations, seeding a cold server) and the import CLI use an executor without one.
   */
  withTransactionTimeout(timeoutMs: number): Neo4jExecutor {
    return new Neo4jExecutor(
      this.driver,
      { ...this.options, transactionTimeoutMs: timeoutMs },
      this.roundTrips,
      this.limiter,
    );
  }

  read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.execute('READ', this.inTransaction(work));
  }

  write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.execute('WRITE', this.inTransaction(work));
  }

  /**
   * One statement in one read transaction, an auto-commit one: RUN and PULL alone, where an
   * explicit transaction adds BEGIN and a COMMIT that waits for its own answer. That is one
   * round trip to Neo4j less for every read, 1.3 to 1.4 ms a request on the bench's loopback
   * (bench/ANALYSIS.md) and a network round trip where Neo4j is remote. Retried as transactions
   * are (attempt): a read is safe to run again.
   */
  query<Row = Record<string, unknown>>(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.execute('READ', async (session, config) => {
      this.roundTrips.count++;
      const result = await session.run(cypher, params, config);
      return result.records.map((record) => record.toObject() as Row);
    });
  }

  /** Schema statements (constraints, indexes) cannot share a transaction with data writes. */
  async runAutoCommit(cypher: string, params: Params = {}): Promise<void> {
    const session = this.driver.session({ database: this.options.database });
    try {
      this.roundTrips.count++;
      await session.run(cypher, params);
    } catch (error) {
      throw this.failed(error);
    } finally {
      await session.close();
    }
  }

  /** The app's error for a driver error; a connection failure also opens the circuit breaker. */
  private failed(error: unknown): unknown {
    if (CONNECTIVITY_CODES.has((error as { code?: string })?.code ?? '')) this.options.breaker!.open();
    return mapDriverError(error);
  }

  /** Auto-commit, so the driver does not retry: readiness must answer fast while Neo4j is down. */
  async ping(): Promise<boolean> {
    if (this.unreachable) return false;
    try {
      await this.runAutoCommit('RETURN 1 AS ok');
      return true;
    } catch {
      return false;
    }
  }

  private execute<T>(mode: 'READ' | 'WRITE', once: Attempt<T>): Promise<T> {
    if (this.unreachable) return Promise.reject(new ServiceUnavailableError());
    return this.limiter ? this.limiter.run(() => this.transaction(mode, once)) : this.transaction(mode, once);
  }

  private transaction<T>(mode: 'READ' | 'WRITE', once: Attempt<T>): Promise<T> {
    return this.attempt(mode, once).catch((error: unknown) => {
      throw this.failed(error);
    });
  }

  /** `work` in one explicit transaction, committed when it ends and rolled back when it fails. */
  private inTransaction<T>(work: (tx: Tx) => Promise<T>): Attempt<T> {
    const counted = (tx: Transaction): Tx => ({
      run: async <Row>(cypher: string, params: Params = {}) => {
        this.roundTrips.count++;
        const result = await tx.run(cypher, params);
        return result.records.map((record) => record.toObject() as Row);
      },
    });
    return async (session, config) => {
      let tx: Transaction | undefined;
      try {
        tx = session.beginTransaction(config);
        const result = await work(counted(tx));
        await tx.commit();
        return result;
      } catch (error) {
        if (tx?.isOpen()) await tx.rollback().catch(() => {});
        throw error;
      }
    };
  }

  /**
   * One transaction, retried here rather than by the driver's managed transactions: transient
   * errors (deadlocks, a leader switch) are retried for up to RETRY_TIME_MS, but a connectivity
   * error never is. The driver would retry an unreachable server for maxTransactionRetryTime,
   * so every request in flight at a crash waited seconds before SERVICE_UNAVAILABLE; here the
   * first such error opens the circuit breaker and fails at once. A commit cut by a crash is not
   * retried either, since whether it landed is unknown; the client gets SERVICE_UNAVAILABLE and
   * retries the edit itself, safely when it gave an idempotency key (src/editing/idempotency.ts):
   * the retry then answers the write that landed instead of writing it again.
   */
  private async attempt<T>(mode: 'READ' | 'WRITE', once: Attempt<T>): Promise<T> {
    this.options.openTransactions?.inc();
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
    const config: TransactionConfig = this.options.transactionTimeoutMs
      ? { timeout: this.options.transactionTimeoutMs }
      : {};
    const deadline = Date.now() + RETRY_TIME_MS;
    let delayMs = FIRST_RETRY_DELAY_MS;
    try {
      for (;;) {
        try {
          return await once(session, config);
        } catch (error) {
          const code = (error as { code?: string })?.code ?? '';
          if (CONNECTIVITY_CODES.has(code) || !isRetryableError(error as Error) || Date.now() + delayMs > deadline)
            throw error;
          if (this.unreachable) throw new ServiceUnavailableError();
          await new Promise((resolve) => setTimeout(resolve, delayMs * (0.8 + Math.random() * 0.4)));
          delayMs *= 2;
        }
      }
    } finally {
      this.options.openTransactions?.dec();
      await session.close();
    }
  }
}
