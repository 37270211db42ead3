import type { Neo4jExecutor, Params, Tx } from '../db/executor';
import { Neo4jExecutor as Executor } from '../db/executor';

/**
 * An executor whose every read and write runs inside one transaction that is already open. It
 * lets a mutation reuse the importer's checks (checkAgainstDatabase) and write path (writeBatch),
 * which take an executor, so that they check and write in the mutation's own transaction: after
 * its write lock, seeing nothing a concurrent writer has not committed, and rolled back whole on
 * any refusal. Round trips still count on the request's counter.
 */
export class TransactionBoundExecutor extends Executor {
  constructor(
    base: Neo4jExecutor,
    private readonly tx: Tx,
  ) {
    super(base.driver, {}, base.roundTrips);
  }

  override read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return work(this.tx);
  }

  override write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return work(this.tx);
  }

  override query<Row = Record<string, unknown>>(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.tx.run<Row>(cypher, params);
  }

  override withCounter(): Neo4jExecutor {
    return this;
  }

  override runAutoCommit(): Promise<void> {
    return Promise.reject(new Error('schema statements cannot run inside an editing transaction'));
  }
}
