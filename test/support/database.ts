import type { Driver } from 'neo4j-driver';
import { DEFAULT_LIMITS, type Neo4jConnectionConfig } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { Neo4jExecutor, RoundTripCounter } from '../../src/db/executor';
import { TEST_CONNECTION_ENV } from './test-neo4j';

export function testConnection(): Neo4jConnectionConfig {
  const raw = process.env[TEST_CONNECTION_ENV];
  if (!raw) throw new Error('The test Neo4j is not running: run tests with `npm test` (jest global setup starts it).');
  return JSON.parse(raw);
}

/**
 * A test file's handle on the shared test database. Every file starts from and leaves behind
 * an empty graph (schema and migration records stay), so files never see each other's data.
 */
export class TestDatabase {
  readonly driver: Driver;
  readonly executor: Neo4jExecutor;

  constructor() {
    this.driver = createDriver(testConnection());
    // The service's transaction timeout, so tests run under the limit production has.
    this.executor = new Neo4jExecutor(
      this.driver,
      { transactionTimeoutMs: DEFAULT_LIMITS.transactionTimeoutMs },
      new RoundTripCounter(),
    );
  }

  async clear(): Promise<void> {
    // In batches: one transaction deleting a large generated graph would exhaust the small heap.
    await this.executor.runAutoCommit(
      'MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
    );
  }

  async counts(): Promise<{ nodes: number; relationships: number }> {
    const [row] = await this.executor.query<{ nodes: number; relationships: number }>(
      `CALL () { MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
       RETURN nodes, relationships`,
    );
    return row;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
