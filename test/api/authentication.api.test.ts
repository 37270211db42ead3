import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { ApiClient } from '../support/api-client';
import { EDITOR_KEY, hs256Token, JWT_SECRET, READER_KEY, testAuthConfig } from '../support/auth-fixture';
import { useService, useTestBed } from '../support/test-bed';

// Services with other settings start per describe block; the bed holds the shared database.
const { db } = useTestBed({
  service: false,
  setup: (db) =>
    db.executor.write(async (tx) => {
      await tx.run(`CREATE (l:Law {id: 'SEL', title: 'Lov om social service', shortTitle: 'serviceloven'})
                    CREATE (:Paragraph {ref: 'SEL § 1', lawId: 'SEL', number: '1', sortKey: '00001'})-[:PART_OF]->(l)`);
    }),
});
const CREATE = `mutation ($input: NewRulingInput!) { createRuling(input: $input) { number } }`;
const READ = '{ ruling(number: "1-20") { number } }';
let serial = 0;
const input = () => ({
  number: `${++serial}-20`,
  title: 'Test',
  decidedOn: '2020-01-01',
  area: 'social',
  paragraphs: ['SEL § 1'],
});
const codeOf = (response: { body: any }) => response.body.errors?.[0]?.extensions?.code;

describe('HS256 JWTs and API keys', () => {
  const api = useService(db, { auth: testAuthConfig() });

  it('accepts an editor JWT and records its sub in the audit trail', async () => {
    const token = await hs256Token({ sub: 'jwt-editor', roles: ['editor'] });
    const response = await api.query(CREATE, { input: input() }, { token });
    expect(response.body.errors).toBeUndefined();
    const [entry] = await db.executor.query<{ subject: string }>(
      'MATCH (a:AuditEntry {operation: "createRuling"}) RETURN a.subject AS subject ORDER BY a.at DESC LIMIT 1',
    );
    expect(entry.subject).toBe('jwt-editor');
  });

  it('accepts an editor API key', async () => {
    expect((await api.query(CREATE, { input: input() }, { token: EDITOR_KEY })).body.errors).toBeUndefined();
  });

  it('gives FORBIDDEN to a valid JWT without the editor role, and writes nothing', async () => {
    const before = await db.counts();
    expect(
      codeOf(await api.query(CREATE, { input: input() }, { token: await hs256Token({ roles: ['reader'] }) })),
    ).toBe('FORBIDDEN');
    expect(codeOf(await api.query(CREATE, { input: input() }, { token: await hs256Token({}) }))).toBe('FORBIDDEN');
    expect(await db.counts()).toEqual(before);
  });

  it('gives UNAUTHENTICATED, with one message, to expired, forged and malformed tokens', async () => {
    const before = await db.counts();
    const expired = await hs256Token({ roles: ['editor'] }, Math.floor(Date.now() / 1000) - 60);
    const forged = await hs256Token({ roles: ['editor'] }, '5m', 'another-secret-that-is-at-least-32-bytes');
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x","roles":["editor"]}').toString('base64url')}.`;
    const messages = new Set<string>();
    for (const token of [expired, forged, unsigned, 'not.a.jwt', EDITOR_KEY + 'x']) {
      const response = await api.query(CREATE, { input: input() }, { token });
      expect(codeOf(response)).toBe('UNAUTHENTICATED');
      messages.add(response.body.errors![0].message);
    }
    expect(messages.size).toBe(1);
    expect(await db.counts()).toEqual(before);
  });

  it('refuses a read that carries an invalid token, rather than ignoring the token', async () => {
    const expired = await hs256Token({ roles: ['reader'] }, Math.floor(Date.now() / 1000) - 60);
    expect(codeOf(await api.query(READ, undefined, { token: expired }))).toBe('UNAUTHENTICATED');
    expect((await api.query(READ)).body.errors).toBeUndefined();
  });
});

describe('JWTs verified against a JWKS', () => {
  let jwks: Server;
  let api: ApiClient;
  let sign: (claims: { sub: string; roles: string[] }) => Promise<string>;

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
    jwks = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`;
    sign = (claims) =>
      new SignJWT({ roles: claims.roles })
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .setSubject(claims.sub)
        .setIssuer('https://login.example')
        .setAudience('praksis-graph')
        .setExpirationTime('5m')
        .sign(privateKey);
    api = await ApiClient.start(db.executor, undefined, {
      auth: testAuthConfig({ jwt: { jwksUrl: url, issuer: 'https://login.example', audience: 'praksis-graph' } }),
    });
  });
  afterAll(async () => {
    await api.stop();
    await new Promise((resolve) => jwks.close(resolve));
  });

  it('accepts a token signed by a key of the set, with the configured issuer and audience', async () => {
    expect(
      (await api.query(CREATE, { input: input() }, { token: await sign({ sub: 'jwks-editor', roles: ['editor'] }) }))
        .body.errors,
    ).toBeUndefined();
    expect(
      codeOf(
        await api.query(CREATE, { input: input() }, { token: await sign({ sub: 'jwks-reader', roles: ['reader'] }) }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('refuses an HS256 token, even one signed with the shared secret of another setup', async () => {
    expect(
      codeOf(await api.query(CREATE, { input: input() }, { token: await hs256Token({ roles: ['editor'] }) })),
    ).toBe('UNAUTHENTICATED');
  });
});

describe('READS_REQUIRE_TOKEN', () => {
  const api = useService(db, { auth: testAuthConfig({ readsRequireToken: true }) });

  it('refuses reads without a token and serves them with any valid one', async () => {
    const refused = await api.query(READ);
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    expect(refused.body.data ?? null).toBeNull();
    expect((await api.query(READ, undefined, { token: READER_KEY })).body.errors).toBeUndefined();
  });
});

// Issue 17, finding 8: a JWT without exp was accepted forever; JWT_MAX_LIFETIME caps how long one may live.
describe('JWT lifetime', () => {
  const HOUR = 3600;
  const api = useService(db, { auth: testAuthConfig({ jwt: { secret: JWT_SECRET, maxLifetimeSeconds: HOUR } }) });
  const now = () => Math.floor(Date.now() / 1000);
  const sign = (times: { iat?: number; exp?: number }) => {
    const jwt = new SignJWT({ roles: ['editor'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('jwt-editor');
    if (times.iat !== undefined) jwt.setIssuedAt(times.iat);
    if (times.exp !== undefined) jwt.setExpirationTime(times.exp);
    return jwt.sign(new TextEncoder().encode(JWT_SECRET));
  };
  it('refuses a valid editor JWT without exp, and writes nothing', async () => {
    const before = await db.counts();
    expect(codeOf(await api.query(CREATE, { input: input() }, { token: await sign({ iat: now() }) }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await api.query(READ, undefined, { token: await sign({}) }))).toBe('UNAUTHENTICATED');
    expect(await db.counts()).toEqual(before);
  });

  it('accepts a token within JWT_MAX_LIFETIME and refuses one valid for longer, counted from iat or from now', async () => {
    const within = await sign({ iat: now(), exp: now() + HOUR });
    expect((await api.query(CREATE, { input: input() }, { token: within })).body.errors).toBeUndefined();
    const before = await db.counts();
    const tooLong = await sign({ iat: now(), exp: now() + HOUR + 60 });
    const backdated = await sign({ iat: now() - 2 * HOUR, exp: now() + 60 });
    const noIat = await sign({ exp: now() + 30 * 24 * HOUR });
    for (const token of [tooLong, backdated, noIat]) {
      expect(codeOf(await api.query(CREATE, { input: input() }, { token }))).toBe('UNAUTHENTICATED');
    }
    expect(await db.counts()).toEqual(before);
    expect((await api.query(READ, undefined, { token: await sign({ exp: now() + 60 }) })).body.errors).toBeUndefined();
  });
});
