import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { mapDriverError } from '../../src/db/driver-errors';
import { BadUserInputError, ERROR_CODES, QueryTimeoutError } from '../../src/errors';
import { formatError } from '../../src/graphql/format-error';

// The error contract as clients see it: a closed set of codes, internal errors masked in every
// environment (details go to the server log only), and never a stack trace.

function format(error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  const stacktrace = error instanceof Error ? error.stack?.split('\n') : undefined;
  return formatError({ message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace } }, error);
}

let logged: unknown[][];
let spy: jest.SpyInstance;
beforeEach(() => {
  logged = [];
  spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
});
afterEach(() => spy.mockRestore());

describe.each([['production'], ['development'], [undefined]])('with NODE_ENV=%s', (nodeEnv) => {
  const previous = process.env.NODE_ENV;
  beforeAll(() => {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  });
  afterAll(() => {
    process.env.NODE_ENV = previous;
  });

  it('masks an unexpected error as INTERNAL_SERVER_ERROR, logging it on the server', () => {
    const formatted = format(
      new TypeError("Cannot read properties of undefined (reading 'number') at /work/main/src/x.ts:12"),
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      locations: undefined,
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logged).toHaveLength(1);
  });

  it('masks a driver error it does not map, with no driver text', () => {
    const driverError = new Neo4jError(
      "Invalid input 'MATC': expected ... (line 1, column 1)",
      'Neo.ClientError.Statement.SyntaxError',
      '42001',
      'error: syntax error or access rule violation - invalid syntax',
    );
    const formatted = format(mapDriverError(driverError));
    expect(formatted.message).toBe('Internal server error');
    expect(JSON.stringify(formatted)).not.toMatch(/Neo\.|MATC|stack/);
  });

  it('passes our own errors with their code and details, without a stack trace', () => {
    const formatted = format(
      new BadUserInputError('first must be from 0 to 100, got 101', { field: 'first', expected: '0 to 100' }),
    );
    expect(formatted).toEqual({
      message: 'first must be from 0 to 100, got 101',
      locations: undefined,
      path: undefined,
      extensions: { code: 'BAD_USER_INPUT', field: 'first', expected: '0 to 100' },
    });
    expect(logged).toHaveLength(0);
  });

  it('maps a transaction timeout to QUERY_TIMEOUT', () => {
    const timedOut = new Neo4jError(
      'The transaction has been terminated. Retry your operation in a new transaction, and you should see a successful result. The transaction has not completed within the timeout specified at its start by the client.',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      '25N05',
      'error: invalid transaction state - transaction timed out',
    );
    const mapped = mapDriverError(timedOut);
    expect(mapped).toBeInstanceOf(QueryTimeoutError);
    expect(format(mapped).extensions).toEqual({ code: 'QUERY_TIMEOUT' });
  });

  it("passes GraphQL's request errors (parse, validation) with their code and no stack trace", () => {
    const error = new GraphQLError('Cannot query field "x" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const formatted = formatError(
      { message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['at x'] } },
      error,
    );
    expect(formatted.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('never lets an unknown code through', () => {
    const error = new GraphQLError('secret', { extensions: { code: 'SOMETHING_ELSE' } });
    expect(formatError({ message: 'secret', extensions: { code: 'SOMETHING_ELSE' } }, error).extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
    });
  });
});

it('the closed set of codes is the documented one', () => {
  expect([...ERROR_CODES].sort()).toEqual([
    'BAD_USER_INPUT',
    'CONFLICT',
    'FORBIDDEN',
    'INTERNAL_SERVER_ERROR',
    'NOT_FOUND',
    'QUERY_TIMEOUT',
    'QUERY_TOO_LARGE',
    'SERVICE_BUSY',
    'SERVICE_UNAVAILABLE',
    'UNAUTHENTICATED',
  ]);
});
