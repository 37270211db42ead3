import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WEB_DIST_DIR } from '../../src/web/explorer';
import type { ApiClient } from '../support/api-client';
import { testAuthConfig } from '../support/auth-fixture';
import { registeredRoutes, withSamples } from '../support/express-routes';
import { useService, useTestBed } from '../support/test-bed';
import { ensureWebBuild } from '../support/web-build';

// The explorer's history fallback is mounted after the service's routes (src/server.ts): a
// browser's page request (Accept: text/html) to a route of the service gets the service's
// answer, and only a path no route answers gets the explorer's page.

/** What Chromium sends when it navigates to a page. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

// The web build can take a minute or more on the shared machine.
const { db, api } = useTestBed({ seed: true, setup: ensureWebBuild, timeoutMs: 600_000 });

const page = (file: string) => readFileSync(join(WEB_DIST_DIR, file), 'utf8');

async function browserGet(
  path: string,
  client: ApiClient = api,
): Promise<{ status: number; type: string; body: string }> {
  const response = await fetch(`${client.baseUrl}${path}`, { headers: { accept: BROWSER_ACCEPT } });
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
}

describe('a browser asking for a route of the service gets the service', () => {
  it.each([
    ['/health', 200, /^application\/json/, /"status":"ok"/],
    ['/ready', 200, /^application\/json/, /"status":"ready"/],
    ['/metrics', 200, /^text\/plain/, /praksis_graphql_requests_total/],
    ['/paragraph-overview/SEL.csv', 200, /^text\/csv/, /Lov;Paragraf;Overskrift/],
    ['/paragraph-overview/XYZ.csv', 404, /^text\/plain/, /Unknown law "XYZ"/],
    ['/practice.csv', 200, /^text\/csv/, /Myndighedskode;Myndighed;/],
  ])('GET %s', async (path, status, type, content) => {
    const answer = await browserGet(path);
    expect({ status: answer.status, type: answer.type }).toEqual({ status, type: expect.stringMatching(type) });
    expect(answer.body).toMatch(content);
    expect(answer.body).not.toBe(page('index.html'));
  });

  it('GET /graphql: the self-hosted GraphiQL, not the explorer', async () => {
    const answer = await browserGet('/graphql');
    expect(answer.status).toBe(200);
    expect(answer.body).toBe(page('graphiql.html'));
  });

  it('every GET route Express has registered, listed or added later, answers as the service', async () => {
    const routes = registeredRoutes(api.service.app).filter((route) => route.methods.includes('get'));
    expect(routes.map((route) => route.path)).toEqual(expect.arrayContaining(['/health', '/practice.xlsx']));
    for (const route of routes) {
      const answer = await browserGet(withSamples(route.path));
      expect({ route: route.path, explorer: answer.body === page('index.html') }).toEqual({
        route: route.path,
        explorer: false,
      });
    }
  });
});

describe('any other path a browser asks for is a page of the explorer', () => {
  it.each(['/', '/ruling/51-19', '/paragraph/BL%20%C2%A7%2086', '/no-such-page', '/paragraph-overview/SEL'])(
    'GET %s',
    async (path) => {
      const answer = await browserGet(path);
      expect(answer.status).toBe(200);
      expect(answer.type).toMatch(/^text\/html/);
      expect(answer.body).toBe(page('index.html'));
    },
  );

  it('but not for a client that asks for JSON: the unknown path is a 404', async () => {
    const response = await fetch(`${api.baseUrl}/no-such-page`, { headers: { accept: 'application/json' } });
    await response.text();
    expect(response.status).toBe(404);
  });
});

describe('with READS_REQUIRE_TOKEN=true', () => {
  const locked = useService(db, { auth: testAuthConfig({ readsRequireToken: true }) });

  it('the pages stay open (they hold no data) while the data routes want a token', async () => {
    expect((await browserGet('/ruling/51-19', locked)).body).toBe(page('index.html'));
    expect((await browserGet('/graphql', locked)).body).toBe(page('graphiql.html'));
    for (const path of ['/practice.csv', '/paragraph-overview/SEL.csv', '/metrics']) {
      expect({ path, status: (await browserGet(path, locked)).status }).toEqual({ path, status: 401 });
    }
  });
});
