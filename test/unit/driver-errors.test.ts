import { Neo4jError } from 'neo4j-driver';
import { mapDriverError } from '../../src/db/driver-errors';

// Neo4j's memory limit and an exhausted pool are not outages (issue 17, finding 4): each has its own code.

// The driver's own constructor arguments (message, code, GQL status and its description).
const driverError = (message: string, code: string) =>
  new Neo4jError(message, code, '50N42', 'error: general processing exception');
const codeOf = (error: unknown) => (error as { extensions?: { code?: string } }).extensions?.code;

beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => {}));
afterEach(() => jest.restoreAllMocks());

it.each([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionOutOfMemoryError',
])('%s is QUERY_TOO_LARGE with a hint, and logged', (code) => {
  const mapped = mapDriverError(
    driverError('The allocation of an extra 2.0 MiB would use more than the limit 100 MiB.', code),
  );
  expect(codeOf(mapped)).toBe('QUERY_TOO_LARGE');
  expect((mapped as Error).message).toMatch(/Ask for less/);
  expect(console.error).toHaveBeenCalledWith(expect.stringContaining('neo4j-memory-limit'));
});

it('a pool acquisition timeout is SERVICE_BUSY with a retry time, and logged', () => {
  const mapped = mapDriverError(
    driverError(
      'Connection acquisition timed out in 2000 ms. Pool status: Active conn count = 100, Idle conn count = 0.',
      'N/A',
    ),
  );
  expect(codeOf(mapped)).toBe('SERVICE_BUSY');
  expect((mapped as { extensions: Record<string, unknown> }).extensions.retryAfterSeconds).toBe(1);
  expect(console.error).toHaveBeenCalledWith(expect.stringContaining('neo4j-pool-exhausted'));
});

it('an unreachable server stays SERVICE_UNAVAILABLE', () => {
  expect(codeOf(mapDriverError(driverError('connect ECONNREFUSED', 'ServiceUnavailable')))).toBe('SERVICE_UNAVAILABLE');
});
