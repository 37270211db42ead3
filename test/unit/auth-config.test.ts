import { createHash } from 'node:crypto';
import { ConfigError, loadConfig } from '../../src/config';
import { ApiKeyVerifier } from '../../src/auth/api-key-verifier';

const hash = (key: string) => createHash('sha256').update(key).digest('hex');

describe('authentication configuration', () => {
  it('reads API keys as subject:role[+role]:sha256 and keeps only the hashes', () => {
    const config = loadConfig({ API_KEYS: `anna:editor+reader:${hash('k1')}, bo:reader:${hash('k2').toUpperCase()}` });
    expect(config.auth.apiKeys).toEqual([
      { subject: 'anna', roles: ['editor', 'reader'], sha256: hash('k1') },
      { subject: 'bo', roles: ['reader'], sha256: hash('k2') },
    ]);
    const verifier = new ApiKeyVerifier(config.auth.apiKeys);
    expect(verifier.verify('k1')).toEqual({ subject: 'anna', roles: ['editor', 'reader'] });
    expect(verifier.verify('k2')?.subject).toBe('bo');
    expect(verifier.verify('k3')).toBeUndefined();
  });

  it('defaults to open reads, no keys and no JWTs', () => {
    expect(loadConfig({}).auth).toEqual({ apiKeys: [], jwt: undefined, readsRequireToken: false });
    expect(loadConfig({ READS_REQUIRE_TOKEN: 'true' }).auth.readsRequireToken).toBe(true);
  });

  it('reads JWT_MAX_LIFETIME in seconds, unset by default', () => {
    expect(loadConfig({ JWT_SECRET: 'x'.repeat(32) }).auth.jwt?.maxLifetimeSeconds).toBeUndefined();
    expect(loadConfig({ JWT_SECRET: 'x'.repeat(32), JWT_MAX_LIFETIME: '3600' }).auth.jwt?.maxLifetimeSeconds).toBe(
      3600,
    );
  });

  it.each([
    [{ API_KEYS: 'anna:editor' }, /subject:role/],
    [{ API_KEYS: `anna:Editor:${hash('k')}` }, /roles/],
    [{ API_KEYS: 'anna:editor:abc' }, /64 hex digits/],
    [{ API_KEYS: `a:editor:${hash('k')},b:reader:${hash('k')}` }, /same key hash twice/],
    [{ JWT_SECRET: 'short' }, /at least 32 bytes/],
    [{ JWT_SECRET: 'x'.repeat(32), JWT_JWKS_URL: 'https://example/jwks' }, /not both/],
    [{ JWT_JWKS_URL: 'ftp://example/jwks' }, /http\(s\) URL/],
    [{ JWT_AUDIENCE: 'praksis' }, /need JWT_SECRET or JWT_JWKS_URL/],
    [{ READS_REQUIRE_TOKEN: 'maybe' }, /true or false/],
    [{ JWT_SECRET: 'x'.repeat(32), JWT_MAX_LIFETIME: '30' }, /JWT_MAX_LIFETIME must be an integer from 60/],
    [{ JWT_SECRET: 'x'.repeat(32), JWT_MAX_LIFETIME: '1h' }, /JWT_MAX_LIFETIME must be an integer/],
    [{ JWT_MAX_LIFETIME: '3600' }, /JWT_MAX_LIFETIME needs JWT_SECRET or JWT_JWKS_URL/],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
