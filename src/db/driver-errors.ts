import { Neo4jError } from 'neo4j-driver';
import { ConflictError, ServiceUnavailableError } from '../errors';

// Driver errors are mapped here, and only here, by error.code: callers see our closed set.
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Cluster.NotALeader',
  'Neo.ClientError.General.DatabaseUnavailable',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

export function mapDriverError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.')) {
    return new ServiceUnavailableError();
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConflictError('The change conflicts with existing data (a key is already taken).');
  }
  return error;
}
