import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { connectToNeo4j } from '../db/connect';
import { applyMigrations } from '../db/migrations';
import { ImportRefusedError } from '../importer/import-error';
import { importNdjson } from '../importer/importer';
import { WriteTimings } from '../importer/write-timings';

const USAGE = 'Usage: npm run import -- <file.ndjson | -> [--batch-size N] [--writers N] [--timings]';

/** Flags in any order, before or after the file; anything unknown is a usage error, not a file name. */
function parseImportArgs(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'batch-size': { type: 'string' }, writers: { type: 'string' }, timings: { type: 'boolean' } },
  });
  const count = (raw: string | undefined) => (raw === undefined ? undefined : Number(raw));
  return { sources: positionals, batchSize: count(values['batch-size']), writers: count(values.writers), timings: values.timings ?? false };
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
  if (sources.length !== 1 || !positive(batchSize) || !positive(writers)) {
    console.error(USAGE);
    return 2;
  }
  const log = (line: string) => console.error(line);
  const neo4j = await connectToNeo4j(loadConfig(), log);
  try {
    await applyMigrations(neo4j.executor, log);
    const timings = parsed.timings ? new WriteTimings() : undefined;
    const summary = await importNdjson(neo4j.executor, source, { batchSize, writers, progress: true, timings });
    const kinds = Object.entries(summary.byKind).map(([kind, count]) => `${count} ${kind}`).join(', ');
    console.log(`Imported ${summary.records} records (${kinds}) in ${summary.seconds.toFixed(1)}s, ${Math.round(summary.recordsPerSecond)} records/s.`);
    timings?.report().forEach((line) => console.log(line));
    return 0;
  } catch (error) {
    if (error instanceof ImportRefusedError) {
      console.error(error.message);
      return 1;
    }
    console.error(`Import failed: ${error instanceof Error ? error.message : error}`);
    return 1;
  } finally {
    await neo4j.close();
  }
}

main().then((code) => process.exit(code), (error) => {
  console.error(`Import failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
