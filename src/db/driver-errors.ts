import { Neo4jError } from 'neo4j-driver';
import { ConflictError, QueryTimeoutError, ServiceUnavailableError } from '../errors';

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

export function mapDriverError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (TIMEOUT_CODES.has(error.code)) return new QueryTimeoutError();
  if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.')) {
    return new ServiceUnavailableError();
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConflictError('The change conflicts with existing data (a key is already taken).');
  }
  return error;
}
