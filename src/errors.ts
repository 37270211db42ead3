import { GraphQLError } from 'graphql';

/**
 * The closed set of error codes clients can rely on (extensions.code). Anything else that
 * escapes a resolver is masked as INTERNAL_SERVER_ERROR by the server's formatError.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'QUERY_TIMEOUT',
  'QUERY_TOO_LARGE',
  'SERVICE_BUSY',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

abstract class PraksisError extends GraphQLError {
  constructor(message: string, code: ErrorCode, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
  }
}

export class BadUserInputError extends PraksisError {
  constructor(message: string, details?: { field?: string; expected?: string; problems?: unknown[] }) {
    super(message, 'BAD_USER_INPUT', details);
  }
}

export class NotFoundError extends PraksisError {
  constructor(message: string) {
    super(message, 'NOT_FOUND');
  }
}

export class ConflictError extends PraksisError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(message, 'CONFLICT', details);
  }
}

export class ServiceUnavailableError extends PraksisError {
  constructor(message = 'The database is not reachable right now; try again shortly.') {
    super(message, 'SERVICE_UNAVAILABLE');
  }
}

/** Neo4j stopped the query at the transaction timeout (NEO4J_TRANSACTION_TIMEOUT_MS). */
export class QueryTimeoutError extends PraksisError {
  constructor(
    message = 'The query ran longer than the time limit and was stopped. Ask for less (smaller pages, lower maxDepth, a narrower filter) or try again later.',
  ) {
    super(message, 'QUERY_TIMEOUT');
  }
}

/** Neo4j refused the transaction more memory than its per-transaction limit. */
export class QueryTooLargeError extends PraksisError {
  constructor(
    message = 'The query needs more memory than the database allows one transaction. Ask for less: a narrower filter (paragraph, area, period), smaller pages or fewer aliases.',
  ) {
    super(message, 'QUERY_TOO_LARGE');
  }
}

/** Seconds a client should wait after SERVICE_BUSY (sent as Retry-After). */
export const SERVICE_BUSY_RETRY_AFTER_S = 1;

/** Every pooled Neo4j connection was busy for the whole acquisition timeout. */
export class ServiceBusyError extends PraksisError {
  constructor(message = `The service is busy; retry in ${SERVICE_BUSY_RETRY_AFTER_S} s.`) {
    super(message, 'SERVICE_BUSY', { retryAfterSeconds: SERVICE_BUSY_RETRY_AFTER_S });
  }
}

export class UnauthenticatedError extends PraksisError {
  constructor(message = 'Authentication required.') {
    super(message, 'UNAUTHENTICATED');
  }
}

export class ForbiddenError extends PraksisError {
  constructor(message = 'Not allowed.') {
    super(message, 'FORBIDDEN');
  }
}

export function isPraksisError(error: unknown): error is GraphQLError {
  return error instanceof PraksisError;
}
