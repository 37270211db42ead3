import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { mapDriverError } from '../db/driver-errors';
import { ERROR_CODES, isPraksisError } from '../errors';
import { rewriteRequestError } from './request-error-messages';

const KNOWN_CODES = new Set<string>([
  ...ERROR_CODES,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

interface ValidationProblem {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationProblem[];
}

/** class-validator nests the problems of an input object under it; each is named by its path, e.g. filter.area. */
function flatten(problems: readonly ValidationProblem[], prefix = ''): { field: string; problems: string[] }[] {
  return problems.flatMap((problem) => {
    const field = `${prefix}${problem.property}`;
    const own = Object.values(problem.constraints ?? {});
    return [...(own.length > 0 ? [{ field, problems: own }] : []), ...flatten(problem.children ?? [], `${field}.`)];
  });
}

function withoutStacktrace(
  formatted: GraphQLFormattedError,
  extensions: Record<string, unknown>,
): GraphQLFormattedError {
  return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
}

/**
 * The error contract: our own errors and GraphQL's request errors pass with their code and no
 * stack trace; class-validator failures name each field; anything else is logged here and
 * reaches the client only as INTERNAL_SERVER_ERROR, since its message may reveal internals.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = mapDriverError(unwrapResolverError(error));
  if (original instanceof ArgumentValidationError) {
    const details = flatten(original.extensions.validationErrors as ValidationProblem[]);
    const message = details.map((detail) => `${detail.field}: ${detail.problems.join('; ')}`).join('. ');
    return {
      ...withoutStacktrace(formatted, { code: 'BAD_USER_INPUT', validationErrors: details }),
      message: `Invalid argument: ${message}`,
    };
  }
  if (isPraksisError(original)) {
    return { ...withoutStacktrace(formatted, { ...original.extensions }), message: original.message };
  }
  const rewritten = rewriteRequestError(formatted);
  if (rewritten) return rewritten;
  const code = formatted.extensions?.code;
  if (formatted.extensions?.validationErrorCode === 'INTROSPECTION_DISABLED') {
    // Apollo's own text tells how to configure Apollo; the client needs only the fact.
    return withoutStacktrace(
      { ...formatted, message: 'Introspection is turned off on this server (GRAPHQL_INTROSPECTION=false).' },
      { code: 'GRAPHQL_VALIDATION_FAILED' },
    );
  }
  if (typeof code === 'string' && KNOWN_CODES.has(code) && code !== 'INTERNAL_SERVER_ERROR') {
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    return withoutStacktrace(formatted, extensions);
  }
  console.error('Internal error while answering a GraphQL request:', original);
  return withoutStacktrace({ ...formatted, message: 'Internal server error' }, { code: 'INTERNAL_SERVER_ERROR' });
}
