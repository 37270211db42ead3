import { execute, GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Context } from '../context';
import { BadUserInputError, QueryTimeoutError, ServiceUnavailableError, UnauthenticatedError } from '../errors';
import { formatError } from '../graphql/format-error';

/**
 * An export's fixed GraphQL operation, parsed and validated against the schema once, when the
 * service starts: an operation that no longer fits the schema stops the start instead of
 * failing downloads.
 */
export function compileExportOperation(schema: GraphQLSchema, source: string): DocumentNode {
  const document = parse(source);
  const errors = validate(schema, document);
  if (errors.length > 0)
    throw new Error(`Export operation does not fit the schema: ${errors.map((error) => error.message).join('; ')}`);
  return document;
}

/** The class of our own errors for each code the formatted error may carry. */
const ERROR_BY_CODE: Record<string, new (message: string) => Error> = {
  BAD_USER_INPUT: BadUserInputError,
  SERVICE_UNAVAILABLE: ServiceUnavailableError,
  QUERY_TIMEOUT: QueryTimeoutError,
  UNAUTHENTICATED: UnauthenticatedError,
};

/**
 * Runs the operation as the GraphQL endpoint would (same schema, resolvers, validation and
 * error messages) and returns its data, or throws the first error as one of our error classes,
 * which the export's route turns into its HTTP status. Errors without a path happened before
 * execution: the variables (the export's parameters) did not coerce, a client mistake.
 */
export async function runExportOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  variableValues: Record<string, unknown>,
  contextValue: Context,
): Promise<Record<string, unknown>> {
  const result = await execute({ schema, document, variableValues, contextValue });
  const [error] = result.errors ?? [];
  if (error === undefined) return result.data as Record<string, unknown>;
  if (error.path === undefined) throw new BadUserInputError(error.message);
  const formatted = formatError(error.toJSON(), error);
  const ErrorClass = ERROR_BY_CODE[String(formatted.extensions?.code)];
  if (ErrorClass) throw new ErrorClass(formatted.message);
  // formatError has logged the details; the export answers 500 with nothing more.
  throw new GraphQLError('Internal server error');
}
