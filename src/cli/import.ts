import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig, type Config } from '../config';
import { connectToNeo4j } from '../db/connect';
import type { Neo4jExecutor } from '../db/executor';
import { applyMigrations } from '../db/migrations';
import { ImportRefusedError } from '../importer/import-error';
import { bulkLoad, BulkLoadError } from '../importer/bulk/bulk-load';
import { importNdjson, type ImportOptions, type ImportSummary } from '../importer/importer';
import { WriteTimings } from '../importer/write-timings';
import { CorpusRefusedError } from '../importer/retsinformation/document-problem';
import { CORPUS_USAGE, isCorpusImport, runCorpusImport } from '../importer/retsinformation/corpus-cli';

const USAGE = [
  'Usage: npm run import -- <file.ndjson | -> [--batch-size N] [--writers N] [--timings]',
  '       npm run import -- <file.ndjson | -> --bulk [--timings]   (initial load into the bundled Neo4j\'s empty database)',
  CORPUS_USAGE,
].join('\n');

/** Flags in any order, before or after the file; anything unknown is a usage error, not a file name. */
function parseImportArgs(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'batch-size': { type: 'string' }, writers: { type: 'string' }, timings: { type: 'boolean' }, bulk: { type: 'boolean' },
      // The official corpus (src/importer/retsinformation).
      format: { type: 'string' }, 'skip-invalid': { type: 'boolean' }, 'dry-run': { type: 'boolean' }, report: { type: 'string' },
    },
  });
  const corpus = { format: values.format, skipInvalid: values['skip-invalid'] ?? false, dryRun: values['dry-run'] ?? false, reportPath: values.report };
  const count = (raw: string | undefined) => (raw === undefined ? undefined : Number(raw));
  return { sources: positionals, batchSize: count(values['batch-size']), writers: count(values.writers), timings: values.timings ?? false, bulk: values.bulk ?? false, corpus };
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parseImportArgs>;
  try {
    parsed = parseImportArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`);
    return 2;
  }
  const { sources, batchSize, writers } = parsed;
  const source = sources[0];
  const positive = (value: number | undefined) => value === undefined || (Number.isInteger(value) && value > 0);
  if (sources.length !== 1 || !positive(batchSize) || !positive(writers) || (parsed.bulk && (batchSize || writers))) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  if (parsed.bulk && config.externalNeo4j) {
    console.error(
      '--bulk writes the bundled Neo4j\'s store files with neo4j-admin and cannot reach a server at NEO4J_URI. ' +
        'Import without --bulk (transactions work with any server), or unset NEO4J_URI to load the bundled one.',
    );
    return 2;
  }
  const log = (line: string) => console.error(line);
  const timings = parsed.timings ? new WriteTimings() : undefined;
  try {
    if (!parsed.bulk && (await isCorpusImport(source, parsed.corpus.format))) {
      await withNeo4j(config, log, (executor) => runCorpusImport(executor, source, { ...parsed.corpus, batchSize, writers, progress: true, timings }, log));
      if (timings) console.error(`importer peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
      return 0;
    }
    const summary = parsed.bulk
      ? await bulkLoad(config.localNeo4j, source, { progress: true, timings, log, checkHeapMb: config.bulkCheckHeapMb })
      : await importWithTransactions(config, source, { batchSize, writers, progress: true, timings }, log);
    const kinds = Object.entries(summary.byKind).map(([kind, count]) => `${count} ${kind}`).join(', ');
    console.log(`Imported ${summary.records} records (${kinds}) in ${summary.seconds.toFixed(1)}s, ${Math.round(summary.recordsPerSecond)} records/s.`);
    timings?.report().forEach((line) => console.log(line));
    // This process only; neo4j-admin and the server are other processes.
    if (timings) console.log(`importer peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
    return 0;
  } catch (error) {
    if (error instanceof ImportRefusedError || error instanceof BulkLoadError || error instanceof CorpusRefusedError) {
      console.error(error.message);
      return 1;
    }
    console.error(`Import failed: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
}

async function withNeo4j<T>(config: Config, log: (line: string) => void, work: (executor: Neo4jExecutor) => Promise<T>): Promise<T> {
  const neo4j = await connectToNeo4j(config, log);
  try {
    await applyMigrations(neo4j.executor, log);
    return await work(neo4j.executor);
  } finally {
    await neo4j.close();
  }
}

function importWithTransactions(config: Config, source: string, options: ImportOptions, log: (line: string) => void): Promise<ImportSummary> {
  return withNeo4j(config, log, (executor) => importNdjson(executor, source, options));
}

main().then((code) => process.exit(code), (error) => {
  console.error(`Import failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
