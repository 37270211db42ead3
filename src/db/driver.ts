import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnectionConfig } from '../config';

/**
 * Short acquisition and retry times: when Neo4j is down a request should fail fast with
 * SERVICE_UNAVAILABLE instead of hanging for the driver's default 60 s; the driver reconnects
 * by itself once the server is back.
 */
export function createDriver(connection: Neo4jConnectionConfig): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    userAgent: 'praksis-graph',
  });
}
