import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { ConfigError } from '../../src/config';
import { buildPraksisSchema } from '../../src/graphql/schema';
import { startService } from '../../src/server';
import { ApiClient } from '../support/api-client';
import { READER_KEY, testAuthConfig } from '../support/auth-fixture';
import { launchChromium } from '../support/chromium';
import { useTestBed } from '../support/test-bed';

/**
 * A front end served from another origin, in real headless Chromium, calls the API with fetch:
 * allowed when its origin is in CORS_ORIGINS, blocked by the browser when it is not. The page
 * comes from a second small HTTP server on loopback (another port is another origin) and loads
 * nothing from any other host.
 */

const { db } = useTestBed({
  service: false,
  records: [
    { kind: 'law', id: 'QX', title: 'Prøvelov', shortTitle: 'prøveloven' },
    { kind: 'paragraph', ref: 'QX § 1', title: 'Formål', validFrom: '2020-01-01' },
    {
      kind: 'ruling',
      number: '900-24',
      title: 'Afgørelse læst fra en anden side',
      decidedOn: '2024-01-01',
      area: 'social',
      paragraphs: ['QX § 1'],
      cites: [],
    },
  ],
});
const READ = '{ ruling(number: "900-24") { number title } }';

let pageServer: Server;
let pageOrigin: string;
let allowed: ApiClient;
let notAllowed: ApiClient;
let browser: Browser;

async function listenOnLoopback(server: Server, port = 0): Promise<number> {
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  pageServer = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end('<!doctype html><html><head><title>Front end</title></head><body>front end</body></html>');
  });
  pageOrigin = `http://127.0.0.1:${await listenOnLoopback(pageServer)}`;
  allowed = await ApiClient.start(db.executor, undefined, {
    auth: testAuthConfig(),
    corsOrigins: ['https://other.example.dk', pageOrigin],
  });
  notAllowed = await ApiClient.start(db.executor, undefined, {
    auth: testAuthConfig(),
    corsOrigins: ['https://other.example.dk'],
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await allowed?.stop();
  await notAllowed?.stop();
  await new Promise((resolve) => pageServer.close(resolve));
});

/** Runs fetch in the page; a request the browser blocks comes back as { blocked: message }. */
async function fetchFromPage(url: string, init: { method?: string; headers?: Record<string, string>; body?: string }) {
  const page = await browser.newPage();
  try {
    await page.goto(`${pageOrigin}/`);
    return await page.evaluate(
      async ({ url, init }) => {
        try {
          const response = await fetch(url, init);
          return {
            status: response.status,
            disposition: response.headers.get('content-disposition'),
            text: await response.text(),
          };
        } catch (error) {
          return { blocked: String(error) };
        }
      },
      { url, init },
    );
  } finally {
    await page.close();
  }
}

const graphqlPost = {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: READ }),
};

describe('a page on another origin, in headless Chromium', () => {
  it('reads a ruling with fetch when its origin is allowed', async () => {
    const result = await fetchFromPage(`${allowed.baseUrl}/graphql`, graphqlPost);
    expect(result).toMatchObject({ status: 200 });
    expect(JSON.parse((result as { text: string }).text)).toEqual({
      data: { ruling: { number: '900-24', title: 'Afgørelse læst fra en anden side' } },
    });
  });

  it('downloads an export with a bearer token (a preflighted request) and sees its file name', async () => {
    const result = await fetchFromPage(`${allowed.baseUrl}/paragraph-overview/QX.csv?asOf=2024-06-01&locale=en`, {
      headers: { authorization: `Bearer ${READER_KEY}` },
    });
    expect(result).toMatchObject({
      status: 200,
      disposition: 'attachment; filename=paragraph-overview-QX-2024-06-01.csv',
    });
    expect((result as { text: string }).text).toContain('QX,QX § 1,Formål');
  });

  it('is blocked by the browser when its origin is not allowed', async () => {
    expect(await fetchFromPage(`${notAllowed.baseUrl}/graphql`, graphqlPost)).toEqual({
      blocked: expect.stringMatching(/Failed to fetch/),
    });
    expect(await fetchFromPage(`${notAllowed.baseUrl}/practice.csv`, {})).toEqual({
      blocked: expect.stringMatching(/Failed to fetch/),
    });
  });
});

describe('CORS over plain HTTP', () => {
  const preflight = (api: ApiClient, path: string, origin: string) =>
    fetch(`${api.baseUrl}${path}`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });

  it('answers the preflight of /graphql and the exports for an allowed origin', async () => {
    for (const path of ['/graphql', '/practice.csv', '/practice.xlsx', '/paragraph-overview/QX.xlsx']) {
      const response = await preflight(allowed, path, pageOrigin);
      expect({ path, status: response.status }).toEqual({ path, status: 204 });
      expect(response.headers.get('access-control-allow-origin')).toBe(pageOrigin);
      expect(response.headers.get('access-control-allow-headers')).toMatch(/authorization/);
      expect(response.headers.get('vary')).toMatch(/Origin/);
    }
  });

  it('answers the preflight of another origin without allowing it (no CSRF message, no Access-Control headers)', async () => {
    const response = await preflight(allowed, '/graphql', 'http://evil.example');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("keeps Apollo's CSRF prevention for simple requests, even from an allowed origin", async () => {
    const simpleGet = await fetch(`${allowed.baseUrl}/graphql?query=${encodeURIComponent(READ)}`, {
      headers: { origin: pageOrigin },
    });
    expect(simpleGet.status).toBe(400);
    expect(await simpleGet.text()).toMatch(/CSRF/);
    const simplePost = await fetch(`${allowed.baseUrl}/graphql`, {
      method: 'POST',
      headers: { origin: pageOrigin, 'content-type': 'text/plain' },
      body: JSON.stringify({ query: READ }),
    });
    expect(simplePost.status).toBe(415);
  });

  it('allows every origin with *, for a read-only service', async () => {
    const anyOrigin = await ApiClient.start(db.executor, undefined, { corsOrigins: '*' });
    try {
      const response = await preflight(anyOrigin, '/graphql', 'http://anyone.example');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
    } finally {
      await anyOrigin.stop();
    }
  });
});

describe('the listening address', () => {
  it('is loopback unless HOST says otherwise', () => {
    expect(allowed.service.httpServer.address()).toMatchObject({ address: '127.0.0.1' });
    expect(allowed.service.url).toBe(`http://127.0.0.1:${allowed.service.port}/graphql`);
  });

  // That main.ts prints it as one line and exits 1 is checked on the built service by .ci/smoke-start.
  it('a taken port is one ConfigError naming the port and PORT', async () => {
    const taken = createServer();
    const port = await listenOnLoopback(taken);
    try {
      const starting = startService({ schema: await buildPraksisSchema(), executor: db.executor }, port);
      await expect(starting).rejects.toBeInstanceOf(ConfigError);
      await expect(starting).rejects.toThrow(
        `Port ${port} on 127.0.0.1 is already in use (another program, or this service running already): stop it or set PORT to a free port`,
      );
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
