import type { LocalNeo4jServer } from '../../src/local-neo4j/local-neo4j-server';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __testNeo4j?: LocalNeo4jServer }).__testNeo4j?.stop();
}
