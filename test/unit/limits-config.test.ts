import { ConfigError, DEFAULT_LIMITS, loadConfig } from '../../src/config';

const ABUSE_DEFAULTS = {
  maxTokens: 5000,
  maxAliases: 30,
  maxRootFields: 20,
  maxResponseBytes: 10 * 1024 * 1024,
  maxTransactionsPerRequest: 8,
};

describe('request limits configuration', () => {
  it('has sensible defaults', () => {
    expect(loadConfig({}).limits).toEqual({
      maxDepth: 12,
      maxComplexity: 20000,
      bodyLimitBytes: 2 * 1024 * 1024,
      transactionTimeoutMs: 30000,
      introspection: true,
      ...ABUSE_DEFAULTS,
    });
    expect(loadConfig({}).limits).toEqual(DEFAULT_LIMITS);
  });

  it('reads every limit from the environment', () => {
    const limits = loadConfig({
      GRAPHQL_MAX_DEPTH: '8',
      GRAPHQL_MAX_COMPLEXITY: '5000',
      HTTP_BODY_LIMIT: '512kb',
      NEO4J_TRANSACTION_TIMEOUT_MS: '2000',
      GRAPHQL_INTROSPECTION: 'false',
      GRAPHQL_MAX_TOKENS: '3000',
      GRAPHQL_MAX_ALIASES: '10',
      GRAPHQL_MAX_ROOT_FIELDS: '5',
      GRAPHQL_MAX_RESPONSE_SIZE: '1mb',
      NEO4J_MAX_TRANSACTIONS_PER_REQUEST: '4',
    }).limits;
    expect(limits).toEqual({
      maxDepth: 8,
      maxComplexity: 5000,
      bodyLimitBytes: 512 * 1024,
      transactionTimeoutMs: 2000,
      introspection: false,
      maxTokens: 3000,
      maxAliases: 10,
      maxRootFields: 5,
      maxResponseBytes: 1024 * 1024,
      maxTransactionsPerRequest: 4,
    });
  });

  it.each([
    ['1048576', 1048576],
    ['1mb', 1024 * 1024],
    ['3MB', 3 * 1024 * 1024],
    ['64 kb', 64 * 1024],
  ])('HTTP_BODY_LIMIT=%s is %i bytes', (raw, bytes) => {
    expect(loadConfig({ HTTP_BODY_LIMIT: raw }).limits.bodyLimitBytes).toBe(bytes);
  });

  it.each([
    ['GRAPHQL_MAX_DEPTH', '0', /GRAPHQL_MAX_DEPTH must be an integer from 2 to 100, got "0"/],
    ['GRAPHQL_MAX_DEPTH', 'deep', /GRAPHQL_MAX_DEPTH must be an integer/],
    ['GRAPHQL_MAX_COMPLEXITY', '-1', /GRAPHQL_MAX_COMPLEXITY must be an integer from 10/],
    ['GRAPHQL_MAX_COMPLEXITY', '1.5', /GRAPHQL_MAX_COMPLEXITY must be an integer/],
    ['HTTP_BODY_LIMIT', '1gb', /HTTP_BODY_LIMIT must be a size from 1024 bytes to 100mb .* got "1gb"/],
    ['HTTP_BODY_LIMIT', '10', /HTTP_BODY_LIMIT must be a size/],
    ['HTTP_BODY_LIMIT', '500mb', /HTTP_BODY_LIMIT must be a size/],
    ['NEO4J_TRANSACTION_TIMEOUT_MS', '0', /NEO4J_TRANSACTION_TIMEOUT_MS must be an integer from 100 to 3600000/],
    ['GRAPHQL_INTROSPECTION', 'maybe', /GRAPHQL_INTROSPECTION must be true or false, got "maybe"/],
    ['GRAPHQL_MAX_TOKENS', '50', /GRAPHQL_MAX_TOKENS must be an integer from 100 to 20000/],
    ['NEO4J_MAX_TRANSACTIONS_PER_REQUEST', '0', /NEO4J_MAX_TRANSACTIONS_PER_REQUEST must be an integer from 1 to 100/],
  ])('refuses %s=%s with a ConfigError', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});
