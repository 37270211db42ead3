import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnectionConfig } from '../config';
import { enableTcpNoDelayForNeo4jDriver } from './tcp-no-delay';

export interface DriverOptions {
  /**
   * TCP_NODELAY on the driver's sockets (see tcp-no-delay.ts); off only for the benchmark that
   * shows what it saves. Process-wide once on: it patches the driver's socket channel.
   */
  tcpNoDelay?: boolean;
}

/**
 * Short acquisition and retry times: when Neo4j is down a request should fail within about a
 * second or a few (the driver retries transient errors such as deadlocks for up to 5 s) with
 * SERVICE_UNAVAILABLE instead of hanging for the driver's default 60 s, and the circuit breaker
 * (circuit-breaker.ts) then refuses the following ones at once; the driver
 * reconnects by itself once the server is back. Waiting 2 s for a pooled connection that all
 * other requests hold ends in SERVICE_BUSY with Retry-After.
 */
export function createDriver(connection: Neo4jConnectionConfig, options: DriverOptions = {}): Driver {
  if (options.tcpNoDelay ?? true) enableTcpNoDelayForNeo4jDriver();
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 2_000,
    connectionTimeout: 1_000,
    maxTransactionRetryTime: 5_000,
    userAgent: 'praksis-graph',
  });
}
