import { rmSync } from 'node:fs';
import type { LocalNeo4jConfig } from '../../src/config';
import { LocalNeo4jServer } from '../../src/local-neo4j/local-neo4j-server';
import { buildAsNpmScriptsDo } from './cli';

/**
 * For a file that runs the built CLIs against a bundled Neo4j home of its own: build as npm
 * scripts do and start from an empty home; afterwards stop whatever server a CLI left running
 * there (a failed test before its own stop) and delete the home.
 */
export function useOwnNeo4jHome(config: LocalNeo4jConfig): void {
  beforeAll(() => {
    buildAsNpmScriptsDo();
    rmSync(config.home, { recursive: true, force: true });
  }, 180_000);
  afterAll(async () => {
    await new LocalNeo4jServer(config, () => {}).stopOtherProcessServer();
    rmSync(config.home, { recursive: true, force: true });
  });
}
