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
}

export interface Config {
  port: number;
  /** Set when NEO4J_URI is given: the service then uses that server and starts none. */
  externalNeo4j?: Neo4jConnectionConfig;
  localNeo4j: LocalNeo4jConfig;
  /** Load seed/reference into an empty database at start. */
  seedWhenEmpty: boolean;
  production: boolean;
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

export function loadConfig(env: Env = process.env): Config {
  const uri = env.NEO4J_URI?.trim();
  if (uri && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(uri)) {
    throw new ConfigError(
      `NEO4J_URI must start with neo4j://, neo4j+s://, bolt:// or bolt+s://, got "${uri}"`,
    );
  }
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
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
    },
    seedWhenEmpty: flag(env, 'SEED_WHEN_EMPTY', true),
    production: env.NODE_ENV === 'production',
  };
}
