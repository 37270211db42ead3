import { ConfigError, loadConfig } from '../../src/config';

describe('bundled Neo4j configuration', () => {
  it('gives a bulk load 4g for neo4j-admin unless told otherwise', () => {
    expect(loadConfig({}).localNeo4j.importMemory).toBe('4g');
    expect(loadConfig({ LOCAL_NEO4J_IMPORT_MEMORY: '512m' }).localNeo4j.importMemory).toBe('512m');
    expect(loadConfig({ LOCAL_NEO4J_IMPORT_MEMORY: '50%' }).localNeo4j.importMemory).toBe('50%');
  });

  it.each(['lots', '4 GB', '150%', '0%', '-1g'])(
    'refuses LOCAL_NEO4J_IMPORT_MEMORY=%s, naming the setting',
    (value) => {
      expect(() => loadConfig({ LOCAL_NEO4J_IMPORT_MEMORY: value })).toThrow(ConfigError);
      expect(() => loadConfig({ LOCAL_NEO4J_IMPORT_MEMORY: value })).toThrow(
        /LOCAL_NEO4J_IMPORT_MEMORY must be a size like 512m or 4g/,
      );
    },
  );
});
