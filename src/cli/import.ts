import 'reflect-metadata';
import { loadConfig } from '../config';
import { connectToNeo4j } from '../db/connect';
import { applyMigrations } from '../db/migrations';
import { ImportRefusedError } from '../importer/import-error';
import { importNdjson } from '../importer/importer';
import { WriteTimings } from '../importer/write-timings';

const USAGE = 'Usage: npm run import -- <file.ndjson | -> [--batch-size N] [--writers N] [--timings]';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const source = args.find((arg) => !arg.startsWith('--'));
  const batchIndex = args.indexOf('--batch-size');
  const batchSize = batchIndex >= 0 ? Number(args[batchIndex + 1]) : undefined;
  const writersIndex = args.indexOf('--writers');
  const writers = writersIndex >= 0 ? Number(args[writersIndex + 1]) : undefined;
  const positive = (value: number | undefined) => value === undefined || (Number.isInteger(value) && value > 0);
  if (!source || !positive(batchSize) || !positive(writers)) {
    console.error(USAGE);
    return 2;
  }
  const log = (line: string) => console.error(line);
  const neo4j = await connectToNeo4j(loadConfig(), log);
  try {
    await applyMigrations(neo4j.executor, log);
    const timings = args.includes('--timings') ? new WriteTimings() : undefined;
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
