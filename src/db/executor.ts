import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { mapDriverError } from './driver-errors';
import { TransactionLimiter } from './transaction-limiter';

// neo4j-driver 5 does not re-export TransactionConfig from its entry point.
type TransactionConfig = NonNullable<Parameters<Session['executeRead']>[1]>;

export type Params = Record<string, unknown>;

/** What repositories get inside a transaction: rows as plain objects, every run counted. */
export interface Tx {
  run<Row = Record<string, unknown>>(cypher: string, params?: Params): Promise<Row[]>;
}

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
}

/**
 * The one way the app talks to Neo4j: managed transactions (retried by the driver on transient
 * errors), sessions always closed, and driver errors mapped to the app's error set.
 */
export class Neo4jExecutor {
  constructor(
    readonly driver: Driver,
    private readonly options: ExecutorOptions = {},
    readonly roundTrips = new RoundTripCounter(),
    private readonly limiter?: TransactionLimiter,
  ) {}

  /**
   * A view that shares the driver but counts round trips separately (one per request), with its
   * own limit of concurrent transactions when maxTransactionsPerRequest is set.
   */
  withCounter(counter: RoundTripCounter): Neo4jExecutor {
    const max = this.options.maxTransactionsPerRequest;
    return new Neo4jExecutor(this.driver, this.options, counter, max ? new TransactionLimiter(max) : undefined);
  }

  /** A view whose per-request views (withCounter) each run at most `max` transactions at once. */
  withTransactionsPerRequest(max: number): Neo4jExecutor {
    return new Neo4jExecutor(this.driver, { ...this.options, maxTransactionsPerRequest: max }, this.roundTrips, this.limiter);
  }

  /**
   * A view whose transactions Neo4j stops after timeoutMs: for answering requests. Start-up work
   * (migrations, seeding a cold server) and the import CLI use an executor without one.
   */
  withTransactionTimeout(timeoutMs: number): Neo4jExecutor {
    return new Neo4jExecutor(this.driver, { ...this.options, transactionTimeoutMs: timeoutMs }, this.roundTrips, this.limiter);
  }

  read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.execute('READ', work);
  }

  write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.execute('WRITE', work);
  }

  /** One statement in one read transaction. */
  query<Row = Record<string, unknown>>(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.read((tx) => tx.run<Row>(cypher, params));
  }

  /** Schema statements (constraints, indexes) cannot share a transaction with data writes. */
  async runAutoCommit(cypher: string, params: Params = {}): Promise<void> {
    const session = this.driver.session({ database: this.options.database });
    try {
      this.roundTrips.count++;
      await session.run(cypher, params);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<boolean> {
    try {
      await this.query('RETURN 1 AS ok');
      return true;
    } catch {
      return false;
    }
  }

  private execute<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.limiter ? this.limiter.run(() => this.transaction(mode, work)) : this.transaction(mode, work);
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
    const config: TransactionConfig = this.options.transactionTimeoutMs
      ? { timeout: this.options.transactionTimeoutMs }
      : {};
    const counted = (tx: ManagedTransaction): Tx => ({
      run: async <Row>(cypher: string, params: Params = {}) => {
        this.roundTrips.count++;
        const result = await tx.run(cypher, params);
        return result.records.map((record) => record.toObject() as Row);
      },
    });
    try {
      return mode === 'READ'
        ? await session.executeRead((tx) => work(counted(tx)), config)
        : await session.executeWrite((tx) => work(counted(tx)), config);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }
}
