import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_BULK_CHECK_HEAP_MB, DEFAULT_IMPORT_MEMORY, type LocalNeo4jConfig } from '../../config';
import { createDriver } from '../../db/driver';
import { Neo4jExecutor } from '../../db/executor';
import { applyMigrations } from '../../db/migrations';
import { LocalNeo4jServer } from '../../local-neo4j/local-neo4j-server';
import { todayIso } from '../../shared/iso-date';
import { ChangeTally } from '../change-counts';
import type { RecordKind } from '../import-schema';
import type { ImportSummary } from '../importer';
import { withReplayableInput } from '../line-source';
import type { WriteTimings } from '../write-timings';
import { BulkLoadError, runAdminImport } from './neo4j-admin-import';
import { runBulkCheck } from './run-bulk-check';

export { BulkLoadError };

export interface BulkLoadOptions {
  maxProblems?: number;
  progress?: boolean;
  timings?: WriteTimings;
  log?: (line: string) => void;
  /** Heap of the check pass's thread, in MB (see run-bulk-check.ts). */
  checkHeapMb?: number;
}

/**
 * The initial load of a large file into the bundled Neo4j's empty database, at the speed of
 * `neo4j-admin database import` instead of transactions (which a 2-core machine cannot run at
 * more than a few thousand records a second). The file gets every check the transactional
 * import makes, in one pass that also writes CSV files; nothing reaches the store unless the
 * whole file passes. Then, with the server stopped, neo4j-admin writes the store, and a start
 * runs the migrations, which build the constraints and indexes over the loaded data.
 *
 * What it cannot do, it refuses: a database that holds data (the store is replaced, not added
 * to), a server another process of ours is running, and a key given twice (the transactional
 * import reads the second record as a correction of the first; here each record becomes rows
 * as it is read). The graph it leaves is the one the transactional import writes from the
 * same file (test/integration/bulk-load.test.ts compares both, node for node).
 */
export async function bulkLoad(
  config: LocalNeo4jConfig,
  source: string,
  options: BulkLoadOptions = {},
): Promise<ImportSummary> {
  const log = options.log ?? (() => {});
  const maxProblems = options.maxProblems ?? 100;
  const started = Date.now();
  const phase = (name: string, since: number) => {
    const ms = Date.now() - since;
    options.timings?.add(name, ms);
    log(`${name}: ${(ms / 1000).toFixed(1)}s`);
  };
  const server = new LocalNeo4jServer(config, log);
  if (await server.isRunning()) {
    throw new BulkLoadError(
      `The bundled Neo4j in ${config.home} is running in another process (the service?). Stop it first: a bulk load replaces the database files while Neo4j is stopped.`,
    );
  }

  await mkdir(join(config.home, 'import'), { recursive: true });
  const workDir = await mkdtemp(join(config.home, 'import', 'bulk-'));
  try {
    return await withReplayableInput(source, async (path) => {
      const checkStarted = Date.now();
      const { records, byKind, files } = await runBulkCheck(
        { path, workDir, maxProblems, progress: options.progress ?? false, today: todayIso() },
        options.checkHeapMb ?? DEFAULT_BULK_CHECK_HEAP_MB,
      );
      phase('check and write CSV', checkStarted);
      // Only once the file has passed: finding out whether the store is empty starts the server.
      if (server.hasStore()) await refuseUnlessEmpty(server);

      const adminStarted = Date.now();
      log('Writing the store with neo4j-admin database import ...');
      // Always a bound: neo4j-admin's own default (90 % of free memory) is not fit for a shared machine.
      await runAdminImport(server, files, workDir, config.importMemory ?? DEFAULT_IMPORT_MEMORY);
      phase('neo4j-admin import', adminStarted);

      const indexStarted = Date.now();
      await migrate(server, log);
      phase('start, constraints and indexes', indexStarted);

      const seconds = (Date.now() - started) / 1000;
      // Into an empty database, and every key once (repeated keys are refused): all created.
      const changes = new ChangeTally();
      for (const [kind, count] of Object.entries(byKind) as [RecordKind, number][]) changes.add(kind, 'created', count);
      return {
        records,
        byKind,
        changes: changes.counts,
        seconds,
        recordsPerSecond: records / Math.max(seconds, 0.001),
      };
    });
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

async function refuseUnlessEmpty(server: LocalNeo4jServer): Promise<void> {
  const connection = await server.start();
  const driver = createDriver(connection);
  try {
    const [row] = await new Neo4jExecutor(driver).query<{ nodes: number }>(
      'MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:WriteLock RETURN count(n) AS nodes',
    );
    if (row.nodes > 0) {
      throw new BulkLoadError(
        `The bundled database already holds ${row.nodes} nodes. A bulk load replaces the database, so it only loads into an empty one; import without --bulk to add to it.`,
      );
    }
  } finally {
    await driver.close();
    await server.stop();
  }
}

/** Starts the server on the new store, builds constraints and indexes, and stops it again. */
async function migrate(server: LocalNeo4jServer, log: (line: string) => void): Promise<void> {
  const connection = await server.start();
  const driver = createDriver(connection);
  try {
    await applyMigrations(new Neo4jExecutor(driver), log);
  } finally {
    await driver.close();
    await server.stop();
  }
}
