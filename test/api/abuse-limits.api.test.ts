import { execFile } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { getIntrospectionQuery } from 'graphql';
import { DEFAULT_LIMITS } from '../../src/config';
import { Neo4jExecutor } from '../../src/db/executor';
import { ApiClient } from '../support/api-client';
import { useTestBed } from '../support/test-bed';

// Requests built to stall or crash the service (issue 17: alias fan-out, introspection aliases,
// fragment chains, broken bodies) are refused before any Cypher runs (x-debug-round-trips), with
// a 4xx and a code, fast, and /health keeps answering while they arrive.

const { db, api } = useTestBed({ seed: true });

interface Answer {
  status: number;
  ms: number;
  body: {
    data?: any;
    errors?: { message: string; extensions?: Record<string, any> }[];
    extensions?: { roundTrips?: number };
  };
}

const STRICT = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json',
  'x-debug-round-trips': '1',
};

async function send(client: ApiClient, body: string | Buffer, headers: Record<string, string> = {}): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${client.baseUrl}/graphql`, {
    method: 'POST',
    headers: { ...STRICT, ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, ms: performance.now() - started, body: JSON.parse(text) };
}

const post = (client: ApiClient, query: string, variables?: unknown) =>
  send(client, JSON.stringify({ query, variables }));
const aliased = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')} }`;

const INTROSPECTION_FAN_OUT = aliased(
  990,
  '__schema { types { name description fields { name description args { name description } } } }',
);
const FRAGMENT_CHAIN = `{ ...F0 }\n${Array.from({ length: 5000 }, (_, index) => `fragment F${index} on Query { ${index === 4999 ? '__typename' : `...F${index + 1}`} }`).join('\n')}`;

function expectRefused(answer: Answer, limit: string): void {
  expect(answer.status).toBe(400);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors).toHaveLength(1);
  expect(answer.body.errors![0].extensions).toEqual(
    expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', [limit]: expect.any(Number) }),
  );
  expect(answer.body.extensions?.roundTrips).toBe(0);
  expect(answer.ms).toBeLessThan(1000);
}

describe('refused before any Cypher, in under a second', () => {
  it.each([
    ['searchRulings', 1000, 'searchRulings(text: "hjælpemidler", first: 5) { edges { node { number } } }'],
    ['paragraphOverview', 2000, 'paragraphOverview(law: "SEL", asOf: "2024-01-01") { paragraph { ref } }'],
    ['applicableRulings', 2000, 'applicableRulings(paragraph: "SEL § 41", asOf: "2024-01-01") { ruling { number } }'],
    ['rulings { totalCount }', 3000, 'rulings { totalCount }'],
  ])('aliases of %s (%i): the token limit', async (_name, count, field) => {
    expectRefused(await post(api, aliased(count, field)), 'maxTokens');
  });

  it('990 aliases of __schema (a 99 KB request)', async () => {
    expect(JSON.stringify({ query: INTROSPECTION_FAN_OUT }).length).toBeGreaterThan(90_000);
    expectRefused(await post(api, INTROSPECTION_FAN_OUT), 'maxTokens');
  });

  it('a chain of 5,000 fragments', async () => {
    expectRefused(await post(api, FRAGMENT_CHAIN), 'maxTokens');
  });

  it('a nesting as deep as the token limit allows is a 4xx, not a stack overflow', async () => {
    const answer = await post(
      api,
      `{ ruling(number: "51-19") { ${'cites { '.repeat(1600)}number${' }'.repeat(1600)} } }`,
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(answer.body)).not.toMatch(/call stack/i);
  });

  it('aliases beyond the alias limit, within the token limit', async () => {
    const answer = await post(api, `{ ruling(number: "51-19") ${aliased(DEFAULT_LIMITS.maxAliases + 1, 'title')} }`);
    expectRefused(answer, 'maxAliases');
    expect(answer.body.errors![0].message).toMatch(/too many aliases: 31, the limit is 30/);
  });

  it('root fields beyond the root-field limit', async () => {
    const fields = [
      'rulings { totalCount }',
      'searchRulings(text: "x") { totalCount }',
      ...Array.from({ length: 20 }, (_, index) => `ruling${index}: ruling(number: "${index + 1}-19") { number }`),
    ];
    // 22 root fields, 20 of them aliased: refused by both limits, the root-field limit named.
    const answer = await post(api, `{ ${fields.join(' ')} }`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors!.map((error) => error.extensions!.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(answer.body.errors![0].extensions!.maxRootFields).toBe(DEFAULT_LIMITS.maxRootFields);
    expect(answer.body.extensions?.roundTrips).toBe(0);
  });

  it('introspection is priced: ten aliases of a wide __schema query exceed the cost limit', async () => {
    const answer = await post(
      api,
      aliased(10, '__schema { types { fields { args { type { fields { args { name } } } } } } }'),
    );
    expectRefused(answer, 'maxComplexity');
    expect(answer.body.errors![0].extensions!.cost).toBeGreaterThan(DEFAULT_LIMITS.maxComplexity);
  });

  it('introspection is held to a depth limit', async () => {
    expectRefused(
      await post(api, `{ __schema { types { ${'ofType { '.repeat(30)}name${' }'.repeat(30)} } } }`),
      'maxDepth',
    );
  });

  it('the standard introspection query of GraphQL tools still works', async () => {
    const answer = await post(api, getIntrospectionQuery());
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.__schema.queryType.name).toBe('Query');
  });
});

describe('malformed requests are 4xx with a code, not 500', () => {
  it('a batch (JSON array) of operations is refused', async () => {
    const answer = await send(api, JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(answer.status).toBe(400);
    expect(answer.body.errors![0].extensions!.code).toBe('BAD_REQUEST');
  });

  it('a body that says Content-Encoding: gzip but is not gzip', async () => {
    const answer = await send(api, JSON.stringify({ query: '{ __typename }' }), { 'content-encoding': 'gzip' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      {
        message: 'Request body could not be decoded as its Content-Encoding (gzip) says.',
        extensions: { code: 'BAD_REQUEST' },
      },
    ]);
    // Real gzip is read.
    const real = await send(api, gzipSync(JSON.stringify({ query: '{ __typename }' })), { 'content-encoding': 'gzip' });
    expect(real.body.data).toEqual({ __typename: 'Query' });
  });

  it("a persisted query whose hash is not the query's", async () => {
    const answer = await send(
      api,
      JSON.stringify({
        query: '{ __typename }',
        extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
      }),
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      {
        message: 'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it.',
        extensions: { code: 'BAD_REQUEST' },
      },
    ]);
  });
});

describe('resources one request may hold', () => {
  it('an answer over GRAPHQL_MAX_RESPONSE_SIZE is replaced by RESPONSE_TOO_LARGE', async () => {
    const small = await ApiClient.start(db.executor, undefined, { limits: { maxResponseBytes: 2048 } });
    try {
      const answer = await post(small, '{ rulings(first: 30) { edges { node { number title summary } } } }');
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        data: null,
        errors: [
          {
            message: expect.stringMatching(/larger than the limit of 2048 bytes \(GRAPHQL_MAX_RESPONSE_SIZE\)/),
            extensions: { code: 'RESPONSE_TOO_LARGE', maxResponseBytes: 2048 },
          },
        ],
      });
      const fits = await post(small, '{ ruling(number: "51-19") { number } }');
      expect(fits.body.data).toEqual({ ruling: { number: '51-19' } });
    } finally {
      await small.stop();
    }
  });

  it(`one request runs at most NEO4J_MAX_TRANSACTIONS_PER_REQUEST transactions at once`, async () => {
    let open = 0;
    let peak = 0;
    // The real driver, with its sessions counted while open.
    const counting = new Proxy(db.driver, {
      get(target, property, receiver) {
        if (property !== 'session') return Reflect.get(target, property, receiver);
        return (...args: Parameters<typeof target.session>) => {
          const session = target.session(...args);
          peak = Math.max(peak, ++open);
          const close = session.close.bind(session);
          session.close = async () => {
            open--;
            return close();
          };
          return session;
        };
      },
    });
    const limited = await ApiClient.start(new Neo4jExecutor(counting), undefined, {
      limits: { maxTransactionsPerRequest: 2 },
    });
    try {
      const searches = Array.from(
        { length: 12 },
        (_, index) => `s${index}: searchRulings(text: "hjælpemidler ${index}", first: 1) { totalCount }`,
      );
      const answer = await post(limited, `{ ${searches.join(' ')} }`);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.extensions?.roundTrips).toBeGreaterThanOrEqual(12);
      expect(peak).toBe(2);
    } finally {
      await limited.stop();
    }
  });
});

/**
 * Sends the bodies to url all at once from a separate Node process, so the test process spends
 * its time serving (and probing /health), not being the client; resolves with each answer.
 */
function sendFromOtherProcess(
  url: string,
  bodies: string[],
): Promise<{ status: number; ms: number; roundTrips?: number }[]> {
  const script = `
    const [url, bodies] = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    Promise.all(bodies.map(async (body) => {
      const started = performance.now();
      const response = await fetch(url, { method: 'POST', headers: ${JSON.stringify(STRICT)}, body });
      const answer = await response.json();
      return { status: response.status, ms: performance.now() - started, roundTrips: answer.extensions && answer.extensions.roundTrips };
    })).then((answers) => process.stdout.write(JSON.stringify(answers)));`;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', script], { maxBuffer: 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout)),
    );
    child.stdin!.end(JSON.stringify([url, bodies]));
  });
}

it('/health keeps answering (median under 100 ms, none stalled for a second) while 16 abusive requests arrive at once', async () => {
  const queries = [
    INTROSPECTION_FAN_OUT,
    FRAGMENT_CHAIN,
    aliased(2000, 'applicableRulings(paragraph: "SEL § 41", asOf: "2024-01-01") { ruling { number } }'),
  ];
  const bodies = Array.from({ length: 16 }, (_, index) => JSON.stringify({ query: queries[index % 3] }));
  // Warm up (JIT, sockets): the criterion is the steady service, not its first request ever.
  for (let round = 0; round < 10; round++) await Promise.all(queries.map((query) => post(api, query)));
  let settled = false;
  const all = sendFromOtherProcess(`${api.baseUrl}/graphql`, bodies).finally(() => {
    settled = true;
  });
  const healthTimes: number[] = [];
  // Bounded: at most 300 probes, however long the abusive requests take.
  for (let probe = 0; probe < 300 && !settled; probe++) {
    const started = performance.now();
    const response = await fetch(`${api.baseUrl}/health`);
    await response.text();
    expect(response.status).toBe(200);
    healthTimes.push(performance.now() - started);
  }
  const answers = await all;
  console.log(
    JSON.stringify({ health: healthTimes.map(Math.round), requests: answers.map((answer) => Math.round(answer.ms)) }),
  );
  expect(answers).toHaveLength(16);
  for (const answer of answers) {
    expect(answer.status).toBe(400);
    expect(answer.roundTrips).toBe(0);
  }
  expect(healthTimes.length).toBeGreaterThan(0);
  // The issue's criterion is 100 ms. The probes share two cores with the service and whatever
  // else the machine runs, so single probes are noisy: the median must meet it, and no probe may
  // stall for a second (before the limits, one request stalled /health for 3 s).
  const sorted = [...healthTimes].sort((a, b) => a - b);
  expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(100);
  expect(sorted[sorted.length - 1]).toBeLessThan(1000);
});
