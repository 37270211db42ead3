import type { ApiClient } from '../support/api-client';
import { hs256Token, READER_KEY, testAuthConfig } from '../support/auth-fixture';
import { registeredRoutes, withSamples } from '../support/express-routes';
import { useService, useTestBed } from '../support/test-bed';

/**
 * One access rule for every read path (issue 17, finding 2): with READS_REQUIRE_TOKEN, every
 * route the service registers answers 401 without a token or with a garbage one, and 200 with
 * a reader's. The routes are read from Express itself, so a route added later is tested
 * without anyone adding it here: it needs at most a sample value for a new path parameter.
 */

/** Routes that return no data and must answer orchestrators without a token. */
const PUBLIC_ROUTES = new Set(['/health', '/ready']);

interface Probe {
  label: string;
  path: string;
  init: RequestInit;
}

/** What to send to a route: GraphQL gets a real operation (GET with the CSRF header, and POST). */
function probesOf(route: { path: string; methods: string[] }): Probe[] {
  const path = withSamples(route.path);
  if (route.path === '/graphql') {
    return [
      {
        label: 'GET /graphql',
        path: `${path}?query=${encodeURIComponent('{ __typename }')}`,
        init: { headers: { 'apollo-require-preflight': 'true' } },
      },
      {
        label: 'POST /graphql',
        path,
        init: {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ laws: __typename }' }),
        },
      },
    ];
  }
  return route.methods.map((method) => ({
    label: `${method.toUpperCase()} ${route.path}`,
    path,
    init: { method: method === '_all' ? 'GET' : method.toUpperCase() },
  }));
}

const { db } = useTestBed({
  service: false,
  setup: (db) =>
    db.executor.write(async (tx) => {
      await tx.run(`CREATE (l:Law {id: 'SEL', title: 'Lov om social service', shortTitle: 'serviceloven'})
                    CREATE (:Paragraph {ref: 'SEL § 1', lawId: 'SEL', number: '1', sortKey: '00001', title: 'Formål'})-[:PART_OF]->(l)`);
    }),
});

async function statusOf(api: ApiClient, probe: Probe, token?: string): Promise<number> {
  const headers = {
    ...(probe.init.headers as Record<string, string>),
    ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
  };
  const response = await fetch(`${api.baseUrl}${probe.path}`, { ...probe.init, headers });
  await response.arrayBuffer();
  return response.status;
}

describe.each([true, false])('every registered route, READS_REQUIRE_TOKEN=%s', (readsRequireToken) => {
  const api = useService(db, { auth: testAuthConfig({ readsRequireToken }) });
  let probes: Probe[];

  beforeAll(() => {
    probes = registeredRoutes(api.service.app)
      .filter((route) => !PUBLIC_ROUTES.has(route.path))
      .flatMap(probesOf);
  });

  it('finds the data routes (so the test cannot pass on an empty list)', () => {
    const labels = probes.map((probe) => probe.label);
    for (const expected of [
      'GET /paragraph-overview/:law.csv',
      'GET /paragraph-overview/:law.xlsx',
      'GET /practice.csv',
      'GET /practice.xlsx',
      'POST /graphql',
    ]) {
      expect(labels).toContain(expected);
    }
  });

  it('refuses a garbage or expired token on every one of them with 401', async () => {
    const expired = await hs256Token({ roles: ['reader'] }, Math.floor(Date.now() / 1000) - 60);
    for (const probe of probes) {
      for (const token of ['garbage', expired]) {
        expect({ route: probe.label, status: await statusOf(api, probe, token) }).toEqual({
          route: probe.label,
          status: 401,
        });
      }
    }
  });

  it(`answers ${readsRequireToken ? '401' : '200'} without a token and 200 with a reader's`, async () => {
    for (const probe of probes) {
      expect({ route: probe.label, status: await statusOf(api, probe) }).toEqual({
        route: probe.label,
        status: readsRequireToken ? 401 : 200,
      });
      expect({ route: probe.label, status: await statusOf(api, probe, READER_KEY) }).toEqual({
        route: probe.label,
        status: 200,
      });
    }
  });

  it('keeps /health and /ready open', async () => {
    expect((await fetch(`${api.baseUrl}/health`)).status).toBe(200);
    expect((await fetch(`${api.baseUrl}/ready`)).status).toBe(200);
  });
});
