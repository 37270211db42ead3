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

/** Set by global-setup for every test file of the run. */
export const TEST_CONNECTION_ENV = 'PRAKSIS_TEST_NEO4J';
