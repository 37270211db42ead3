import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalNeo4jServer } from '../../local-neo4j/local-neo4j-server';
import { ARRAY_DELIMITER } from './csv-file';
import type { BulkCsvSet } from './bulk-csv';

export class BulkLoadError extends Error {}

/** The arguments of `neo4j-admin database import full` for a set of CSV files. */
export function adminImportArgs(files: BulkCsvSet, reportFile: string, maxOffHeapMemory: string): string[] {
  return [
    'database',
    'import',
    'full',
    ...files.nodes.map((file) => `--nodes=${file.label}=${file.path}`),
    ...files.relationships.map((file) => `--relationships=${file.type}=${file.path}`),
    // Node ids are numbered by BulkCsvWriter (see there).
    '--id-type=actual',
    `--array-delimiter=${ARRAY_DELIMITER}`,
    // Only the files that need it: multi-line parsing is slower, and most files never have a line break.
    ...(files.multiline.length
      ? ['--multiline-fields-format=v2', `--multiline-fields=${files.multiline.join(',')}`]
      : []),
    // Every row was validated and every reference resolved before the files were written, so any
    // bad entry is our bug: fail on the first rather than leave a graph with holes.
    '--bad-tolerance=0',
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    `--report-file=${reportFile}`,
    `--max-off-heap-memory=${maxOffHeapMemory}`,
    // The database holds nothing of value (the bulk load checked), only what a server's first
    // start or the migrations wrote; migrations run again after the load.
    '--overwrite-destination=true',
    'neo4j',
  ];
}

/**
 * Writes the CSV files into the (stopped) server's store. On failure the half-written store is
 * removed, so the next start finds an empty database as before (it was checked empty), and the
 * error carries the end of neo4j-admin's output.
 */
export async function runAdminImport(
  server: LocalNeo4jServer,
  files: BulkCsvSet,
  workDir: string,
  maxOffHeapMemory: string,
): Promise<void> {
  const logFile = join(workDir, 'neo4j-admin.log');
  const reportFile = join(workDir, 'import.report');
  const code = await server.runAdmin(adminImportArgs(files, reportFile, maxOffHeapMemory), logFile);
  if (code === 0) return;
  // A server started on this home meanwhile (the service, say) holds the store lock, so
  // neo4j-admin changed nothing; its store is not ours to remove.
  if (await server.isRunning()) {
    throw new BulkLoadError(
      `neo4j-admin database import failed (exit ${code}): a Neo4j was started on ${server.home} meanwhile; nothing was changed.\n${tail(logFile, 5)}`,
    );
  }
  server.removeStore();
  throw new BulkLoadError(
    `neo4j-admin database import failed (exit ${code}); the database was left empty. Its last output:\n${tail(logFile, 20)}${tail(reportFile, 10, '\nBad entries:\n')}`,
  );
}

function tail(file: string, lines: number, prefix = ''): string {
  try {
    const text = readFileSync(file, 'utf8').trimEnd();
    return text ? prefix + text.split('\n').slice(-lines).join('\n') : '';
  } catch {
    return '';
  }
}
