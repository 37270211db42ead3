import { createWriteStream, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { LocalNeo4jConfig, Neo4jConnectionConfig } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { Neo4jExecutor } from '../../src/db/executor';
import { applyMigrations } from '../../src/db/migrations';
import { bulkLoad } from '../../src/importer/bulk/bulk-load';
import { importNdjson } from '../../src/importer/importer';
import { LocalNeo4jServer } from '../../src/local-neo4j/local-neo4j-server';
import { LOCAL_NEO4J_DIR } from '../../src/shared/project-paths';
import { generateSynthetic } from '../../seed/synthetic';

export interface Scale {
  name: 'default' | 'large';
  rulings: number;
  cases: number;
  boltPort: number;
  heapSize: string;
  pageCacheSize: string;
}

// Small heaps on purpose: the machine has 2 cores and 4 engineers; the default graph (about
// 1.5 GB on disk) fits the page cache, the large one mostly does.
export const SCALES: Record<Scale['name'], Scale> = {
  default: { name: 'default', rulings: 20_000, cases: 200_000, boltPort: 7741, heapSize: '1g', pageCacheSize: '1g' },
  large: { name: 'large', rulings: 100_000, cases: 1_000_000, boltPort: 7742, heapSize: '2g', pageCacheSize: '3g' },
};

export const SEED = 1;

/** What was imported, written only after a complete import, so a broken run is not reused. */
export interface DatasetMarker {
  scale: Scale['name'];
  seed: number;
  rulings: number;
  cases: number;
  records: number;
  importSeconds: number;
  importedAt: string;
  /** How it was written (absent in markers of data sets from before the bulk option). */
  importMode?: ImportMode;
}

export interface BenchDataset {
  server: LocalNeo4jServer;
  connection: Neo4jConnectionConfig;
  marker: DatasetMarker;
  /** True when this run generated and imported the data (false: reused). */
  imported: boolean;
}

/** How a missing data set is written: neo4j-admin into an empty store, or the transactional importer. */
export type ImportMode = 'bulk' | 'transactional';

export interface DatasetOptions {
  /**
   * The folder holding the bench homes (bench-default, bench-large); default this checkout's
   * .neo4j. Another checkout's folder lets a second worktree reuse an imported data set as it is.
   */
  neo4jDir?: string;
  /** Default: bulk at the large scale (1.1 M records: minutes instead of a quarter of an hour), else transactional. */
  importMode?: ImportMode;
}

export function benchHome(scale: Scale, neo4jDir = LOCAL_NEO4J_DIR): string {
  return join(resolve(neo4jDir), `bench-${scale.name}`);
}

/** --neo4j-dir DIR, or the environment's BENCH_NEO4J_DIR; --import bulk|transactional. */
export function datasetOptionsFrom(argv: string[], env: NodeJS.ProcessEnv = process.env): DatasetOptions {
  const value = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const importMode = value('import');
  if (importMode !== undefined && importMode !== 'bulk' && importMode !== 'transactional')
    throw new Error(`--import must be bulk or transactional, got "${importMode}"`);
  const neo4jDir = value('neo4j-dir') ?? (env.BENCH_NEO4J_DIR || undefined);
  return { neo4jDir, importMode };
}

function readMarker(file: string): DatasetMarker | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DatasetMarker;
  } catch {
    return undefined;
  }
}

/**
 * Starts the bench Neo4j of this scale (its own home and port, data kept between runs) and makes
 * sure it holds exactly the synthetic data set of this scale and seed 1. The marker file is the
 * record of what was imported; a database without a matching marker is wiped and imported again,
 * and the ruling and case counts are checked against the marker either way.
 */
export async function ensureDataset(
  scale: Scale,
  log: (line: string) => void,
  options: DatasetOptions = {},
): Promise<BenchDataset> {
  const home = benchHome(scale, options.neo4jDir);
  const markerFile = join(home, 'dataset.json');
  const config: LocalNeo4jConfig = {
    home,
    boltPort: scale.boltPort,
    heapSize: scale.heapSize,
    pageCacheSize: scale.pageCacheSize,
  };
  const server = new LocalNeo4jServer(config, log);
  const connection = await server.start();
  const driver = createDriver(connection);
  const executor = new Neo4jExecutor(driver);
  try {
    await applyMigrations(executor, log);
    const marker = readMarker(markerFile);
    const matches =
      marker &&
      marker.scale === scale.name &&
      marker.seed === SEED &&
      marker.rulings === scale.rulings &&
      marker.cases === scale.cases;
    if (matches && (await countsMatch(executor, marker))) {
      log(`Reusing the ${scale.name} data set in ${home} (imported ${marker.importedAt}, seed ${marker.seed}).`);
      return { server, connection, marker, imported: false };
    }
    rmSync(markerFile, { force: true });
    const mode = options.importMode ?? (scale.name === 'large' ? 'bulk' : 'transactional');
    const file = join(tmpdir(), `praksis-bench-${scale.name}-${SEED}-${process.pid}.ndjson`);
    try {
      log(`Generating ${scale.rulings} rulings and ${scale.cases} cases (seed ${SEED}) ...`);
      await writeSynthetic(scale, file);
      let summary: { records: number; seconds: number };
      if (mode === 'bulk') {
        // neo4j-admin writes a new store while the server is stopped; whatever was there goes.
        await driver.close();
        await server.stop();
        server.removeStore();
        log('Bulk loading with neo4j-admin (npm run import -- --bulk) ...');
        summary = await bulkLoad(config, file, { progress: true, log });
        await server.start();
      } else {
        await wipe(executor, log);
        log('Importing (this is the slow part of a first run) ...');
        summary = await importNdjson(executor, file, { progress: true });
      }
      const fresh: DatasetMarker = {
        scale: scale.name,
        seed: SEED,
        rulings: scale.rulings,
        cases: scale.cases,
        records: summary.records,
        importSeconds: Math.round(summary.seconds),
        importedAt: new Date().toISOString(),
        importMode: mode,
      };
      writeFileSync(markerFile, JSON.stringify(fresh, null, 2));
      log(`Imported ${summary.records} records in ${summary.seconds.toFixed(0)} s.`);
      return { server, connection, marker: fresh, imported: true };
    } finally {
      rmSync(file, { force: true });
    }
  } catch (error) {
    await driver.close();
    await server.stop();
    throw error;
  } finally {
    await driver.close().catch(() => undefined);
  }
}

async function countsMatch(executor: Neo4jExecutor, marker: DatasetMarker): Promise<boolean> {
  const [row] = await executor.query<{ rulings: number; cases: number }>(
    'MATCH (r:Ruling) WITH count(r) AS rulings MATCH (c:ComplaintCase) RETURN rulings, count(c) AS cases',
  );
  return row.rulings === marker.rulings && row.cases === marker.cases;
}

/** In batches, so a large half-imported graph does not need one huge transaction to go. */
async function wipe(executor: Neo4jExecutor, log: (line: string) => void): Promise<void> {
  for (;;) {
    const [{ deleted }] = await executor.write((tx) =>
      tx.run<{ deleted: number }>(
        'MATCH (n) WHERE NOT n:SchemaMigration WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted',
      ),
    );
    if (deleted === 0) return;
    log(`  removed ${deleted} nodes of an earlier, incomplete data set`);
  }
}

async function writeSynthetic(scale: Scale, file: string): Promise<void> {
  const out = createWriteStream(file);
  await generateSynthetic({ rulings: scale.rulings, cases: scale.cases, seed: SEED }, (line) => {
    if (!out.write(line + '\n')) return once(out, 'drain').then(() => undefined);
  });
  out.end();
  await once(out, 'finish');
}
