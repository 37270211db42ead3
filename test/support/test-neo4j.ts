import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalNeo4jConfig } from '../../src/config';
import { LOCAL_NEO4J_DIR } from '../../src/shared/project-paths';

/**
 * Tests run on their own bundled Neo4j: other ports and another data folder than the
 * service's, so a test run never touches a user's data. Small memory: the machine is shared.
 * TEST_NEO4J_NAME and TEST_NEO4J_BOLT_PORT let two checkouts or engineers run suites side by side.
 */
export function testNeo4jConfig(
  name = process.env.TEST_NEO4J_NAME || 'test',
  boltPort = Number(process.env.TEST_NEO4J_BOLT_PORT || 7698),
): LocalNeo4jConfig {
  return { home: join(LOCAL_NEO4J_DIR, name), boltPort, heapSize: '512m', pageCacheSize: '128m' };
}

/**
 * A home and Bolt port of a test file's own, beside the shared test server (its name with
 * `-suffix`, its port plus portOffset), for files that stop, kill or bulk-load their server.
 */
export function ownNeo4jConfig(suffix: string, portOffset: number): LocalNeo4jConfig {
  const shared = testNeo4jConfig();
  return testNeo4jConfig(`${shared.home.split('/').pop()}-${suffix}`, shared.boltPort + portOffset);
}

/** Deletes a home's data and password, so its next start is a new server's: an empty database, a new password. */
export function wipeNeo4jHome(config: LocalNeo4jConfig): void {
  rmSync(join(config.home, 'data'), { recursive: true, force: true });
  rmSync(join(config.home, 'password'), { force: true });
}

/** Set by global-setup for every test file of the run. */
export const TEST_CONNECTION_ENV = 'PRAKSIS_TEST_NEO4J';
