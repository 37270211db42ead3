import type { LocalNeo4jConfig } from '../config';

/**
 * neo4j.conf for the bundled server: Bolt on loopback only, no HTTP connector (the app speaks
 * Bolt), small memory so it fits beside the tests on a 2-core machine, and every folder inside
 * the git-ignored home so nothing leaks into the repository.
 */
export function renderNeo4jConf(config: LocalNeo4jConfig, libDir: string): string {
  const dir = (name: string) => `${config.home}/${name}`;
  return [
    '# Written by src/local-neo4j at every start; edit LOCAL_NEO4J_* settings instead.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${config.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${config.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.memory.heap.initial_size=${config.heapSize}`,
    `server.memory.heap.max_size=${config.heapSize}`,
    `server.memory.pagecache.size=${config.pageCacheSize}`,
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    // Netty's default quiet period made every stop wait 2 x 5 s after the databases had already
    // shut down cleanly (the Bolt server goes last); tests and the bulk load stop it often.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    `server.directories.data=${dir('data')}`,
    `server.directories.logs=${dir('logs')}`,
    `server.directories.run=${dir('run')}`,
    `server.directories.plugins=${dir('plugins')}`,
    `server.directories.import=${dir('import')}`,
    `server.directories.lib=${libDir}`,
    '',
  ].join('\n');
}
