import { join } from 'node:path';
import { LOCAL_NEO4J_DIR } from './shared/project-paths';

// The one place that reads the environment: everything else receives a Config.

export interface Neo4jConnectionConfig {
  uri: string;
  user: string;
  password: string;
  /** Undefined means the server's default database. */
  database?: string;
}

export interface LocalNeo4jConfig {
  /** Folder for neo4j.conf, data, logs, run files and the generated password. */
  home: string;
  boltPort: number;
  heapSize: string;
  pageCacheSize: string;
  /** neo4j-admin's memory for a bulk load (--max-off-heap-memory): a size like 4g, or a share like 50%. */
  importMemory?: string;
}

/** What one request may ask of the service; see src/graphql/limits/ and README "Limits". */
export interface RequestLimits {
  /** Deepest selection nesting accepted (introspection's __schema is not counted). */
  maxDepth: number;
  /** Highest estimated cost accepted (src/graphql/limits/complexity-estimators.ts). */
  maxComplexity: number;
  /** Largest HTTP request body, in bytes. */
  bodyLimitBytes: number;
  /** Neo4j stops a transaction of the service that runs longer than this. */
  transactionTimeoutMs: number;
  introspection: boolean;
  /** Most lexical tokens in a query document: bounds parsing and every recursive pass after it. */
  maxTokens: number;
  /** Most aliased fields in one operation (fragments included). */
  maxAliases: number;
  /** Most distinct root fields (response keys) in one operation. */
  maxRootFields: number;
  /** Largest serialized GraphQL response, in bytes. */
  maxResponseBytes: number;
  /** Most Neo4j transactions one request may have open at once, so no request takes the pool. */
  maxTransactionsPerRequest: number;
}

export const DEFAULT_LIMITS: RequestLimits = {
  maxDepth: 12,
  maxComplexity: 20000,
  // 2 MiB: the largest importRecords batch (1,000,000 characters of NDJSON) still fits once JSON-escaped.
  bodyLimitBytes: 2 * 1024 * 1024,
  transactionTimeoutMs: 30000,
  introspection: true,
  maxTokens: 5000,
  maxAliases: 30,
  maxRootFields: 20,
  maxResponseBytes: 10 * 1024 * 1024,
  maxTransactionsPerRequest: 8,
};

/** Origins whose pages may call the API from a browser (CORS): a list, or '*' for any. */
export type CorsOrigins = readonly string[] | '*';

export interface Config {
  port: number;
  /** Listening address: loopback by default, 0.0.0.0 in a container. */
  host: string;
  corsOrigins: CorsOrigins;
  limits: RequestLimits;
  /** Set when NEO4J_URI is given: the service then uses that server and starts none. */
  externalNeo4j?: Neo4jConnectionConfig;
  localNeo4j: LocalNeo4jConfig;
  /** Load seed/reference into an empty database at start. */
  seedWhenEmpty: boolean;
  /** Heap in MB of a bulk load's check pass (npm run import -- FILE --bulk). */
  bulkCheckHeapMb: number;
  production: boolean;
  auth: AuthConfig;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

const SIZE_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 * 1024 };

/** A byte size as a plain number of bytes or with a unit: 1048576, 512kb, 1mb. */
function byteSize(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const match = /^\s*(\d+)\s*(b|kb|mb)?\s*$/i.exec(raw);
  const value = match ? Number(match[1]) * SIZE_UNITS[(match[2] ?? 'b').toLowerCase()] : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(
      `${name} must be a size from ${min} bytes to ${max / (1024 * 1024)}mb (e.g. 1048576, 512kb, 1mb), got "${raw}"`,
    );
  }
  return value;
}

function loadLimits(env: Env): RequestLimits {
  return {
    maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', DEFAULT_LIMITS.maxDepth, 2, 100),
    maxComplexity: integer(env, 'GRAPHQL_MAX_COMPLEXITY', DEFAULT_LIMITS.maxComplexity, 10, 10_000_000),
    bodyLimitBytes: byteSize(env, 'HTTP_BODY_LIMIT', DEFAULT_LIMITS.bodyLimitBytes, 1024, 100 * 1024 * 1024),
    transactionTimeoutMs: integer(
      env,
      'NEO4J_TRANSACTION_TIMEOUT_MS',
      DEFAULT_LIMITS.transactionTimeoutMs,
      100,
      3_600_000,
    ),
    introspection: flag(env, 'GRAPHQL_INTROSPECTION', DEFAULT_LIMITS.introspection),
    // 5,000 tokens is ten times the largest query of the tests and README, and keeps a nesting or
    // a chain of fragments far below what graphql-js's recursive parser and rules can hold.
    maxTokens: integer(env, 'GRAPHQL_MAX_TOKENS', DEFAULT_LIMITS.maxTokens, 100, 20_000),
    maxAliases: integer(env, 'GRAPHQL_MAX_ALIASES', DEFAULT_LIMITS.maxAliases, 0, 1000),
    maxRootFields: integer(env, 'GRAPHQL_MAX_ROOT_FIELDS', DEFAULT_LIMITS.maxRootFields, 1, 1000),
    maxResponseBytes: byteSize(
      env,
      'GRAPHQL_MAX_RESPONSE_SIZE',
      DEFAULT_LIMITS.maxResponseBytes,
      1024,
      1024 * 1024 * 1024,
    ),
    maxTransactionsPerRequest: integer(
      env,
      'NEO4J_MAX_TRANSACTIONS_PER_REQUEST',
      DEFAULT_LIMITS.maxTransactionsPerRequest,
      1,
      100,
    ),
  };
}

/** neo4j-admin's memory in a bulk load: with 1g it linked 6 million relationships three times slower. */
export const DEFAULT_IMPORT_MEMORY = '4g';
/** A bulk load's check pass keeps about 60 MB live at national scale; the cap bounds V8's garbage. */
export const DEFAULT_BULK_CHECK_HEAP_MB = 256;

/** A memory size as neo4j-admin takes it: 512m, 4g, 2000000000, or a share of free memory, 50%. */
function memorySize(env: Env, name: string, fallback: string): string {
  const value = env[name]?.trim() || fallback;
  if (!/^(\d+[kmg]?|([1-9]|[1-9]\d)%)$/i.test(value)) {
    throw new ConfigError(`${name} must be a size like 512m or 4g, or a share like 50%, got "${value}"`);
  }
  return value;
}

export function loadConfig(env: Env = process.env): Config {
  const uri = env.NEO4J_URI?.trim();
  if (uri && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(uri)) {
    throw new ConfigError(`NEO4J_URI must start with neo4j://, neo4j+s://, bolt:// or bolt+s://, got "${uri}"`);
  }
  const auth = loadAuthConfig(env);
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || DEFAULT_HOST,
    corsOrigins: corsOrigins(env.CORS_ORIGINS, auth),
    limits: loadLimits(env),
    externalNeo4j: uri
      ? {
          uri,
          user: env.NEO4J_USER ?? 'neo4j',
          password: env.NEO4J_PASSWORD ?? '',
          database: env.NEO4J_DATABASE || undefined,
        }
      : undefined,
    localNeo4j: {
      home: env.LOCAL_NEO4J_HOME || join(LOCAL_NEO4J_DIR, 'dev'),
      boltPort: integer(env, 'LOCAL_NEO4J_BOLT_PORT', 7697, 1024, 65535),
      heapSize: env.LOCAL_NEO4J_HEAP || '512m',
      pageCacheSize: env.LOCAL_NEO4J_PAGECACHE || '256m',
      importMemory: memorySize(env, 'LOCAL_NEO4J_IMPORT_MEMORY', DEFAULT_IMPORT_MEMORY),
    },
    seedWhenEmpty: flag(env, 'SEED_WHEN_EMPTY', true),
    bulkCheckHeapMb: integer(env, 'BULK_CHECK_HEAP_MB', DEFAULT_BULK_CHECK_HEAP_MB, 64, 65536),
    production: env.NODE_ENV === 'production',
    auth,
  };
}

/** The bundled setup answers this machine only; a container sets HOST=0.0.0.0. */
export const DEFAULT_HOST = '127.0.0.1';

/** Whether some token could carry the role editor: an editor API key, or any JWT setup (its roles are the issuer's). */
export function acceptsEditorTokens(auth: AuthConfig): boolean {
  return auth.jwt !== undefined || auth.apiKeys.some((entry) => entry.roles.includes('editor'));
}

/**
 * CORS_ORIGINS: comma-separated origins (scheme, host and port, as a browser sends them in
 * Origin), or * for any origin. None by default: browsers on other origins are refused.
 * * is refused while editor tokens are accepted: an editing front end is a known site, and
 * listing it keeps scripts of every other site from driving the API with an editor's token.
 */
function corsOrigins(raw: string | undefined, auth: AuthConfig): CorsOrigins {
  const entries = (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.includes('*')) {
    if (entries.length > 1) throw new ConfigError('CORS_ORIGINS is either * or a list of origins, not both');
    if (acceptsEditorTokens(auth)) {
      throw new ConfigError(
        'CORS_ORIGINS=* is only allowed for a read-only service (no API_KEYS entry with the role editor, no JWT_SECRET or JWT_JWKS_URL): list the origins of your front ends instead, e.g. CORS_ORIGINS=https://app.example.dk',
      );
    }
    return '*';
  }
  for (const entry of entries) {
    let origin: string | undefined;
    try {
      const url = new URL(entry);
      origin = /^https?:$/.test(url.protocol) ? url.origin : undefined;
    } catch {
      origin = undefined;
    }
    if (origin !== entry) {
      throw new ConfigError(
        `CORS_ORIGINS entry "${entry}" must be an origin like https://app.example.dk or http://localhost:5173 (scheme, host, optional port; no path or trailing slash)`,
      );
    }
  }
  return entries;
}

/** An API key as configured: only the SHA-256 of the key is kept, never the key itself. */
export interface ApiKeyEntry {
  subject: string;
  roles: string[];
  /** Lower-case hex SHA-256 of the key. */
  sha256: string;
}

export interface JwtConfig {
  /** HS256 shared secret; exactly one of secret and jwksUrl is set. */
  secret?: string;
  /** A JSON Web Key Set URL (RS256, ES256 ...), fetched and cached by jose. */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** JWT_MAX_LIFETIME: tokens valid for longer (exp - iat, or exp - now) are refused. */
  maxLifetimeSeconds?: number;
}

export interface AuthConfig {
  apiKeys: ApiKeyEntry[];
  jwt?: JwtConfig;
  /** When true every operation, reads included, needs a valid token. */
  readsRequireToken: boolean;
}

const NAME = /^[A-Za-z0-9._@-]{1,100}$/;
const ROLE = /^[a-z][a-z0-9-]{0,39}$/;

/** API_KEYS: comma-separated subject:role[+role]:sha256hex (see README "Authentication"). */
function apiKeys(raw: string | undefined): ApiKeyEntry[] {
  if (!raw?.trim()) return [];
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry, index) => {
      const parts = entry.split(':');
      // Only the position is named: the entry holds a hash, which is no secret, but no need to echo it.
      const where = `API_KEYS entry ${index + 1}`;
      if (parts.length !== 3) throw new ConfigError(`${where} must be subject:role[+role]:sha256hex`);
      const [subject, roleList, hash] = parts;
      if (!NAME.test(subject)) throw new ConfigError(`${where}: subject must be 1 to 100 of A-Z a-z 0-9 . _ @ -`);
      const roles = roleList.split('+');
      if (!roles.every((role) => ROLE.test(role)))
        throw new ConfigError(`${where}: roles must be lower-case words joined by +, e.g. editor or reader+editor`);
      if (!/^[0-9a-fA-F]{64}$/.test(hash))
        throw new ConfigError(`${where}: the hash must be 64 hex digits (printf %s "$KEY" | sha256sum)`);
      return { subject, roles, sha256: hash.toLowerCase() };
    });
  const hashes = new Set(entries.map((entry) => entry.sha256));
  if (hashes.size !== entries.length) throw new ConfigError('API_KEYS holds the same key hash twice');
  return entries;
}

function loadAuthConfig(env: Env): AuthConfig {
  const secret = env.JWT_SECRET || undefined;
  const jwksUrl = env.JWT_JWKS_URL?.trim() || undefined;
  if (secret && jwksUrl) throw new ConfigError('Set JWT_SECRET or JWT_JWKS_URL, not both');
  // HS256 needs a key at least as long as its hash output; a short secret can be brute-forced.
  if (secret !== undefined && Buffer.byteLength(secret, 'utf8') < 32)
    throw new ConfigError('JWT_SECRET must be at least 32 bytes long');
  if (jwksUrl) {
    let url: URL;
    try {
      url = new URL(jwksUrl);
    } catch {
      throw new ConfigError(`JWT_JWKS_URL must be an http(s) URL, got "${jwksUrl}"`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new ConfigError(`JWT_JWKS_URL must be an http(s) URL, got "${jwksUrl}"`);
  }
  const issuer = env.JWT_ISSUER?.trim() || undefined;
  const audience = env.JWT_AUDIENCE?.trim() || undefined;
  if ((issuer || audience) && !secret && !jwksUrl)
    throw new ConfigError('JWT_ISSUER and JWT_AUDIENCE need JWT_SECRET or JWT_JWKS_URL');
  // From one minute to one year: shorter would refuse tokens over ordinary clock skew.
  const maxLifetime = integer(env, 'JWT_MAX_LIFETIME', 0, 60, 31_536_000) || undefined;
  if (maxLifetime && !secret && !jwksUrl) throw new ConfigError('JWT_MAX_LIFETIME needs JWT_SECRET or JWT_JWKS_URL');
  const jwt = { secret, jwksUrl, issuer, audience, ...(maxLifetime && { maxLifetimeSeconds: maxLifetime }) };
  return {
    apiKeys: apiKeys(env.API_KEYS),
    jwt: secret || jwksUrl ? jwt : undefined,
    readsRequireToken: flag(env, 'READS_REQUIRE_TOKEN', false),
  };
}
