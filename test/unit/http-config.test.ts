import { ConfigError, loadConfig } from '../../src/config';

const EDITOR_KEYS = `anna:editor:${'a'.repeat(64)}`;
const READER_KEYS = `dashboard:reader:${'b'.repeat(64)}`;

describe('HOST and CORS_ORIGINS', () => {
  it('listen on loopback and allow no other origin by default', () => {
    const config = loadConfig({});
    expect(config.host).toBe('127.0.0.1');
    expect(config.corsOrigins).toEqual([]);
  });

  it('take a listening address and a list of origins', () => {
    const config = loadConfig({ HOST: '0.0.0.0', CORS_ORIGINS: 'https://app.example.dk, http://localhost:5173' });
    expect(config.host).toBe('0.0.0.0');
    expect(config.corsOrigins).toEqual(['https://app.example.dk', 'http://localhost:5173']);
  });

  it('allow * for a service that accepts no editor token', () => {
    expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
    expect(loadConfig({ CORS_ORIGINS: '*', API_KEYS: READER_KEYS, READS_REQUIRE_TOKEN: 'true' }).corsOrigins).toBe('*');
  });

  it.each([
    [{ API_KEYS: EDITOR_KEYS }],
    [{ JWT_SECRET: 'x'.repeat(32) }],
    [{ JWT_JWKS_URL: 'https://login.example/.well-known/jwks.json' }],
  ])('refuse * while writes are possible (%j)', (env) => {
    expect(() => loadConfig({ ...env, CORS_ORIGINS: '*' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...env, CORS_ORIGINS: '*' })).toThrow(
      /CORS_ORIGINS=\* is only allowed for a read-only service/,
    );
    expect(loadConfig({ ...env, CORS_ORIGINS: 'https://app.example.dk' }).corsOrigins).toEqual([
      'https://app.example.dk',
    ]);
  });

  it.each([
    'https://app.example.dk/',
    'https://app.example.dk/path',
    'app.example.dk',
    'ftp://files.example.dk',
    '*, https://a.dk',
  ])('refuse CORS_ORIGINS=%s, naming the variable', (raw) => {
    expect(() => loadConfig({ CORS_ORIGINS: raw })).toThrow(/CORS_ORIGINS/);
  });
});
