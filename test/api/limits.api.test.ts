import { DEFAULT_LIMITS } from '../../src/config';
import { Neo4jExecutor } from '../../src/db/executor';
import { QueryTimeoutError } from '../../src/errors';
import { formatError } from '../../src/graphql/format-error';
import { ApiClient } from '../support/api-client';
import { importRecords } from '../support/ndjson-fixture';
import { baseRecords, chain, standalone } from '../integration/lineage-fixtures';
import { DEEP_CONSOLIDATIONS, FIFTY_WITH_LINEAGE, nestedQuery as nested } from '../support/limit-queries';
import { useTestBed } from '../support/test-bed';

// The query limits on the real service and Neo4j: refused queries send no Cypher at all
// (extensions.roundTrips, from the x-debug-round-trips header, counts the statements sent).

const CHAIN = chain(9);

interface Answer {
  status: number;
  contentType: string | null;
  body: {
    data?: any;
    errors?: { message: string; extensions?: Record<string, any> }[];
    extensions?: { roundTrips?: number };
  };
}

async function post(client: ApiClient, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${client.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-debug-round-trips': '1', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type'), body: JSON.parse(text) };
}

const { db, api } = useTestBed({
  seed: true,
  setup: async () => {
    // 30 seed rulings + a replacement chain of 9 + 11 unrelated rulings: 50 rulings.
    await importRecords(db.executor, [...baseRecords(), ...CHAIN.records, ...standalone(11)]);
  },
});

describe('query depth', () => {
  it('refuses a query nested 30 levels deep before any Cypher runs', async () => {
    const answer = await post(api, { query: nested(30) });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors).toEqual([
      {
        message: `Query is nested too deeply: depth 30, the limit is ${DEFAULT_LIMITS.maxDepth} levels of selections.`,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', maxDepth: DEFAULT_LIMITS.maxDepth },
      },
    ]);
    expect(answer.body.extensions?.roundTrips).toBe(0);
  });

  it('answers 400 to a client accepting application/graphql-response+json', async () => {
    const answer = await post(api, { query: nested(30) }, { accept: 'application/graphql-response+json' });
    expect(answer.status).toBe(400);
    expect(answer.contentType).toMatch(/^application\/graphql-response\+json/);
    expect(answer.body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.body.extensions?.roundTrips).toBe(0);
  });

  it('counts fragments at the depth they are spread', async () => {
    const fragments = Array.from(
      { length: 14 },
      (_, index) => `fragment F${index} on Ruling { cites { ${index === 13 ? 'number' : `...F${index + 1}`} } }`,
    ).join('\n');
    const answer = await post(api, { query: `{ ruling(number: "51-19") { ...F0 } }\n${fragments}` });
    expect(answer.body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.body.extensions?.roundTrips).toBe(0);
  });

  it('accepts a legitimate query at the depth limit', async () => {
    const answer = await post(api, { query: DEEP_CONSOLIDATIONS });
    expect(answer.body.errors).toBeUndefined();
    // 51-19 was issued by 2019-51, which issued 51-19: the innermost level names it.
    expect(JSON.stringify(answer.body.data)).toContain('"number":"51-19"');
  });
});

describe('query complexity', () => {
  it('refuses lineage maxDepth 1000 before any Cypher runs, saying why', async () => {
    for (const field of ['replaces', 'replacedBy']) {
      const answer = await post(api, {
        query: `{ ruling(number: "51-19") { ${field}(maxDepth: 1000) { depth ruling { number } } } }`,
      });
      expect(answer.status).toBe(200);
      expect(answer.body.data).toBeUndefined();
      const [error] = answer.body.errors!;
      expect(error.extensions).toEqual({
        code: 'GRAPHQL_VALIDATION_FAILED',
        cost: expect.any(Number),
        maxComplexity: DEFAULT_LIMITS.maxComplexity,
      });
      expect(error.extensions!.cost).toBeGreaterThan(DEFAULT_LIMITS.maxComplexity);
      expect(error.message).toMatch(
        /^Query is too complex: its estimated cost is \d+, the limit is 20000\. .*maxDepth/,
      );
      expect(answer.body.extensions?.roundTrips).toBe(0);
    }
  });

  it('refuses maxDepth 1000 given as a variable the same way', async () => {
    const answer = await post(api, {
      query: 'query($d: Int!) { ruling(number: "51-19") { lineage(maxDepth: $d) { nodes { depth } } } }',
      variables: { d: 1000 },
    });
    expect(answer.body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.body.extensions?.roundTrips).toBe(0);
  });

  it('prices one query text anew for each depth: a cost remembered for a small depth never lets a large one through', async () => {
    const query = 'query($d: Int!, $n: String!) { ruling(number: $n) { lineage(maxDepth: $d) { nodes { depth } } } }';
    const small = await post(api, { query, variables: { d: 3, n: '51-19' } });
    const otherRuling = await post(api, { query, variables: { d: 3, n: '50-19' } });
    const large = await post(api, { query, variables: { d: 1000, n: '51-19' } });
    const smallAgain = await post(api, { query, variables: { d: 3, n: '51-19' } });
    expect(small.body.errors).toBeUndefined();
    expect(otherRuling.body.errors).toBeUndefined();
    expect(large.body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(large.body.extensions?.roundTrips).toBe(0);
    expect(smallAgain.body).toEqual(small.body);
  });

  it('refuses huge pages of nested lists before any Cypher runs', async () => {
    const answer = await post(api, {
      query: '{ rulings(first: 100) { edges { node { cites { citedBy { cites { citedBy { number } } } } } } } }',
    });
    expect(answer.body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.body.extensions?.roundTrips).toBe(0);
  });

  it('accepts 50 rulings with their status and replaces to depth 8, batched', async () => {
    const numbers = (
      await db.executor.query<{ number: string }>('MATCH (r:Ruling) RETURN r.number AS number ORDER BY number')
    ).map((row) => row.number);
    expect(numbers).toHaveLength(50);
    const answer = await post(api, { query: FIFTY_WITH_LINEAGE, variables: { numbers } });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.rulingsByNumbers).toHaveLength(50);
    // The chain's newest ruling replaces the other 8 within depth 8.
    const newest = answer.body.data.rulingsByNumbers.find(
      (ruling: any) => ruling.number === CHAIN.numbers[CHAIN.numbers.length - 1],
    );
    expect(newest.replaces.map((step: any) => step.depth)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // One statement per field kind, not per ruling: the limits cost no batching.
    expect(answer.body.extensions?.roundTrips).toBeLessThanOrEqual(5);
  });
});

describe('page size', () => {
  it.each([
    ['rulings', '{ rulings(first: 101) { edges { node { number } } } }'],
    ['searchRulings', '{ searchRulings(text: "hjælpemidler", first: 101) { edges { node { number } } } }'],
  ])('%s(first: 101) is BAD_USER_INPUT naming first and the maximum, with no Cypher', async (_field, query) => {
    const answer = await post(api, { query });
    expect(answer.body.errors).toHaveLength(1);
    const [error] = answer.body.errors!;
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/first/);
    expect(error.message).toMatch(/100/);
    expect(answer.body.extensions?.roundTrips).toBe(0);
  });

  it('Ruling.complaintCases(first: 101) is BAD_USER_INPUT', async () => {
    const answer = await post(api, {
      query: '{ ruling(number: "51-19") { complaintCases(first: 101) { edges { node { id } } } } }',
    });
    const [error] = answer.body.errors!;
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/first must be from 0 to 100/);
  });

  it('a page of 100 is accepted', async () => {
    const answer = await post(api, { query: '{ rulings(first: 100) { edges { node { number } } } }' });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.rulings.edges).toHaveLength(50);
  });
});

describe('request body', () => {
  it('a body over the default 1 MB limit gets 413 with a GraphQL-shaped JSON error', async () => {
    const padding = 'x'.repeat(DEFAULT_LIMITS.bodyLimitBytes);
    const answer = await post(api, { query: '{ __typename }', variables: { padding } });
    expect(answer.status).toBe(413);
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(answer.body).toEqual({
      errors: [
        {
          message: `Request body is larger than the limit of ${DEFAULT_LIMITS.bodyLimitBytes} bytes.`,
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
  });

  it('the limit is configurable', async () => {
    const small = await ApiClient.start(db.executor, undefined, { limits: { bodyLimitBytes: 2048 } });
    try {
      expect((await post(small, { query: '{ __typename }', variables: { padding: 'x'.repeat(1500) } })).status).toBe(
        200,
      );
      const answer = await post(small, { query: '{ __typename }', variables: { padding: 'x'.repeat(2100) } });
      expect(answer.status).toBe(413);
      expect(answer.body.errors![0].message).toBe('Request body is larger than the limit of 2048 bytes.');
    } finally {
      await small.stop();
    }
  });
});

describe('introspection', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';

  it('is on by default', async () => {
    const answer = await post(api, { query: INTROSPECT });
    expect(answer.body).toMatchObject({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('can be switched off, and then no error suggests field names', async () => {
    const closed = await ApiClient.start(db.executor, undefined, { limits: { introspection: false } });
    try {
      const answer = await post(closed, { query: INTROSPECT });
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors![0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
      expect(answer.body.errors![0].message).toBe(
        'Introspection is turned off on this server (GRAPHQL_INTROSPECTION=false).',
      );
      const typo = await post(closed, { query: '{ rulin(number: "51-19") { number } }' });
      expect(typo.body.errors![0].message).not.toMatch(/Did you mean/);
      // Data queries are unaffected.
      expect((await post(closed, { query: '{ ruling(number: "51-19") { number } }' })).body).toMatchObject({
        data: { ruling: { number: '51-19' } },
      });
    } finally {
      await closed.stop();
    }
  });

  it('suggests field names while it is on', async () => {
    const typo = await post(api, { query: '{ rulin(number: "51-19") { number } }' });
    expect(typo.body.errors![0].message).toMatch(/Did you mean "ruling"/);
  });
});

describe('transaction timeout', () => {
  const SLOW = 'UNWIND range(1, 100000000) AS x WITH x WHERE x < 0 RETURN count(*) AS n';

  it('Neo4j stops a transaction running past the timeout; the client sees QUERY_TIMEOUT without internals', async () => {
    const executor = new Neo4jExecutor(db.driver, { transactionTimeoutMs: 200 });
    const error = await executor.query(SLOW).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    // Only Neo4j's own transaction-timeout error maps to QueryTimeoutError, so this proves the
    // statement was stopped by the limit rather than run to its end.
    expect(error).toBeInstanceOf(QueryTimeoutError);
    // As a resolver error reaches a client through the error contract:
    const formatted = formatError({ message: (error as Error).message }, error);
    expect(formatted.extensions).toEqual({ code: 'QUERY_TIMEOUT' });
    expect(formatted.message).toMatch(/^The query ran longer than the time limit and was stopped/);
    expect(formatted.message).not.toMatch(/Neo|transaction|dbms/i);
  });

  it('short queries are unaffected by a short timeout', async () => {
    const executor = new Neo4jExecutor(db.driver, { transactionTimeoutMs: 200 });
    expect(await executor.query('RETURN 1 AS one')).toEqual([{ one: 1 }]);
  });
});
