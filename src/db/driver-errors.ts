import { Neo4jError } from 'neo4j-driver';
import {
  ConflictError,
  QueryTimeoutError,
  QueryTooLargeError,
  ServiceBusyError,
  ServiceUnavailableError,
} from '../errors';

// Driver errors are mapped here, and only here, by error.code: callers see our closed set.
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Cluster.NotALeader',
  'Neo.ClientError.General.DatabaseUnavailable',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/**
 * The server stopped a transaction that ran past its timeout. Neo4j 5 reports
 * TransactionTimedOutClientConfiguration for the timeout the driver sent (and TransactionTimedOut
 * for the server's own db.transaction.timeout); the message would name internals, so it is replaced.
 */
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/**
 * Neo4j refused memory to the transaction (dbms.memory.transaction.max or the total pool): the
 * query asked for more than the server gives one transaction. Transient in Neo4j's terms, but
 * not an outage: retrying the same query at once fails the same way.
 */
const MEMORY_CODES = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionOutOfMemoryError',
  'Neo.TransientError.General.OutOfMemoryError',
]);

/** Connection failures, as opposed to errors of a server that answered: they open the circuit breaker. */
export const CONNECTIVITY_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** The driver's pool had no free connection within connectionAcquisitionTimeout; it gives no code. */
function isPoolAcquisitionTimeout(error: Neo4jError): boolean {
  return error.message.startsWith('Connection acquisition timed out');
}

export function mapDriverError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (TIMEOUT_CODES.has(error.code)) return new QueryTimeoutError();
  if (MEMORY_CODES.has(error.code)) {
    console.error(JSON.stringify({ level: 'warn', event: 'neo4j-memory-limit', code: error.code }));
    return new QueryTooLargeError();
  }
  if (isPoolAcquisitionTimeout(error)) {
    console.error(JSON.stringify({ level: 'warn', event: 'neo4j-pool-exhausted' }));
    return new ServiceBusyError();
  }
  if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.')) {
    return new ServiceUnavailableError();
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConflictError('The change conflicts with existing data (a key is already taken).');
  }
  return error;
}
