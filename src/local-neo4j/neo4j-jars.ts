import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCAL_NEO4J_DIR } from '../shared/project-paths';

const POM = join(__dirname, 'pom.xml');
// dist/src/local-neo4j has no pom.xml; the source copy is the one Maven reads.
const SOURCE_POM = existsSync(POM) ? POM : join(LOCAL_NEO4J_DIR, '..', 'src', 'local-neo4j', 'pom.xml');

/** The Neo4j version is pinned once, in the POM, so the launcher cannot disagree with Maven. */
export function pinnedNeo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(SOURCE_POM, 'utf8'));
  if (!match) throw new Error(`${SOURCE_POM} has no <neo4j.version> property`);
  return match[1].trim();
}

export function neo4jLibDir(version = pinnedNeo4jVersion()): string {
  return join(LOCAL_NEO4J_DIR, 'lib', version);
}

/** Downloads the server jars with Maven unless a previous run already did. */
export function ensureNeo4jJars(log: (line: string) => void = console.log): string {
  const version = pinnedNeo4jVersion();
  const libDir = neo4jLibDir(version);
  if (existsSync(join(libDir, `neo4j-${version}.jar`))) return libDir;
  log(`Fetching Neo4j ${version} Community jars with Maven into ${libDir} (first run only) ...`);
  const result = spawnSync('mvn', ['-q', '-B', '-f', SOURCE_POM, 'package'], { stdio: 'inherit' });
  if (result.error) {
    throw new Error(`Could not run Maven (mvn): ${result.error.message}. Install Maven and Java 17, or set NEO4J_URI.`);
  }
  if (result.status !== 0 || !existsSync(join(libDir, `neo4j-${version}.jar`))) {
    throw new Error(`Maven could not fetch the Neo4j jars (exit ${result.status}); see its output above.`);
  }
  return libDir;
}
