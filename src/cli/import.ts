import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig, type Config } from '../config';
import { connectToNeo4j } from '../db/connect';
import { applyMigrations } from '../db/migrations';
import { ImportRefusedError } from '../importer/import-error';
import { bulkLoad, BulkLoadError } from '../importer/bulk/bulk-load';
import {
  checkAgainstStored,
  checkFile,
  writeCheckedFile,
  type ImportOptions,
  type ImportSummary,
} from '../importer/importer';
import { withReplayableInput } from '../importer/line-source';
import { WriteTimings } from '../importer/write-timings';
import { CorpusRefusedError } from '../importer/retsinformation/document-problem';
import { CORPUS_USAGE, isCorpusImport, runCorpusImport } from '../importer/retsinformation/corpus-cli';
import { describeChanges, writeProblemsJson, type ImportOutcome } from './import-report';

const USAGE = [
  'Usage: npm run import -- <file.ndjson | -> [--batch-size N] [--writers N] [--timings] [--check] [--problems-json FILE]',
  '       npm run import -- <file.ndjson | -> --bulk [--timings] [--problems-json FILE]',
  "         (initial load into the bundled Neo4j's empty database)",
  '       npm run import -- --help',
  CORPUS_USAGE,
].join('\n');

const HELP = `${USAGE}

Imports NDJSON records (one JSON object per line, docs/import-format.md) into Neo4j: NEO4J_URI if set,
else the bundled server (started for the import unless the service runs it). Every line is checked
(JSON, the schema, refs, numbers, dates, CPR-like text, references within the file) before any Neo4j
is started or reached; then references to stored records, repeals and cycles against the database;
only a file without problems is written. Importing the same file again changes nothing.

Options:
  --check               check only: every check the import makes, nothing written
  --problems-json FILE  also write the outcome as JSON to FILE, for tools:
                        {"ok", "stage", "records", "problems": [{"line","field","message","expected"}], "truncated"}
  --batch-size N        records per write transaction (default 10000)
  --writers N           batches of complaint cases written at the same time (default 1)
  --bulk                initial load of the bundled Neo4j's empty database with neo4j-admin (stop the service first)
  --timings             print where the time went
  --help                this text

Exit codes: 0 imported (or, with --check, no problems); 1 refused (problems listed) or failed; 2 usage error.`;

/** Flags in any order, before or after the file; anything unknown is a usage error, not a file name. */
function parseImportArgs(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'batch-size': { type: 'string' },
      writers: { type: 'string' },
      timings: { type: 'boolean' },
      bulk: { type: 'boolean' },
      check: { type: 'boolean' },
      'problems-json': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      // The official corpus (src/importer/retsinformation).
      format: { type: 'string' },
      'skip-invalid': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      report: { type: 'string' },
    },
  });
  const corpus = {
    format: values.format,
    skipInvalid: values['skip-invalid'] ?? false,
    dryRun: values['dry-run'] ?? false,
    reportPath: values.report,
  };
  const count = (raw: string | undefined) => (raw === undefined ? undefined : Number(raw));
  return {
    sources: positionals,
    batchSize: count(values['batch-size']),
    writers: count(values.writers),
    timings: values.timings ?? false,
    bulk: values.bulk ?? false,
    check: values.check ?? false,
    problemsJson: values['problems-json'],
    help: values.help ?? false,
    corpus,
  };
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parseImportArgs>;
  try {
    parsed = parseImportArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    console.log(HELP);
    return 0;
  }
  const { sources, batchSize, writers } = parsed;
  const source = sources[0];
  const positive = (value: number | undefined) => value === undefined || (Number.isInteger(value) && value > 0);
  const bulkClash = parsed.bulk && (batchSize || writers || parsed.check);
  if (sources.length !== 1 || !positive(batchSize) || !positive(writers) || bulkClash || parsed.problemsJson === '') {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  if (parsed.bulk && config.externalNeo4j) {
    console.error(
      "--bulk writes the bundled Neo4j's store files with neo4j-admin and cannot reach a server at NEO4J_URI. " +
        'Import without --bulk (transactions work with any server), or unset NEO4J_URI to load the bundled one.',
    );
    return 2;
  }
  const log = (line: string) => console.error(line);
  const timings = parsed.timings ? new WriteTimings() : undefined;
  if (!parsed.bulk && (await isCorpusImport(source, parsed.corpus.format))) {
    return importCorpus(parsed, config, source, { batchSize, writers, progress: true, timings }, log);
  }
  const outcome = await runImport(parsed, config, source, { batchSize, writers, progress: true, timings }, log);
  if (parsed.problemsJson) await writeProblemsJson(parsed.problemsJson, outcome);
  if (outcome.summary && !parsed.check) {
    const { summary } = outcome;
    const kinds = Object.entries(summary.byKind)
      .map(([kind, count]) => `${count} ${kind}`)
      .join(', ');
    console.log(
      `Imported ${summary.records} records (${kinds}) in ${summary.seconds.toFixed(1)}s, ${Math.round(summary.recordsPerSecond)} records/s.`,
    );
    describeChanges(summary.changes).forEach((line) => console.log(line));
    timings?.report().forEach((line) => console.log(line));
    // This process only; neo4j-admin and the server are other processes.
    if (timings) console.log(`importer peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  }
  return outcome.ok ? 0 : 1;
}

type Parsed = ReturnType<typeof parseImportArgs>;
const REFUSED_HEADER = 'Import refused, nothing was written.';

/** Runs the import (or check) and says how it ended; problems and failures are printed here. */
async function runImport(
  parsed: Parsed,
  config: Config,
  source: string,
  options: ImportOptions,
  log: (line: string) => void,
): Promise<ImportOutcome> {
  try {
    if (parsed.bulk) {
      const bulkOptions = { progress: true, timings: options.timings, log, checkHeapMb: config.bulkCheckHeapMb };
      const summary = await bulkLoad(config.localNeo4j, source, bulkOptions);
      return { ok: true, stage: 'written', records: summary.records, problems: [], truncated: false, summary };
    }
    return await withReplayableInput(source, (path) => checkAndWrite(parsed.check, config, path, options, log));
  } catch (error) {
    if (error instanceof ImportRefusedError) {
      console.error(parsed.check ? error.message.replace(REFUSED_HEADER, 'Check failed.') : error.message);
      return { ok: false, stage: 'database', problems: error.problems, truncated: error.truncated };
    }
    const message =
      error instanceof BulkLoadError
        ? error.message
        : `Import failed: ${error instanceof Error ? error.message : error}`;
    console.error(message);
    return { ok: false, stage: 'failed', problems: [], truncated: false, error: message };
  }
}

/**
 * The file is checked on its own before any Neo4j is started or reached: a broken file is
 * refused in the time it takes to read it, not after a server start.
 */
async function checkAndWrite(
  checkOnly: boolean,
  config: Config,
  path: string,
  options: ImportOptions,
  log: (line: string) => void,
): Promise<ImportOutcome> {
  const checked = await checkFile(path, options);
  if (!checked.problems.empty) {
    const refused = new ImportRefusedError(checked.problems.sorted(), checked.problems.truncated);
    const header = checkOnly
      ? 'Check failed.'
      : 'Import refused, nothing was written and no Neo4j was started or reached.';
    console.error(refused.message.replace(REFUSED_HEADER, header));
    if (Object.values(checked.state.unresolved).some((keys) => keys.size > 0)) {
      console.error(
        'References to records not in this file are checked against the database once the file itself passes.',
      );
    }
    return {
      ok: false,
      stage: 'file',
      records: checked.records,
      problems: refused.problems,
      truncated: refused.truncated,
    };
  }
  const neo4j = await connectToNeo4j(config, log);
  try {
    // A check writes nothing, not even the schema; the checks read keys, which need no index.
    if (!checkOnly) await applyMigrations(neo4j.executor, log);
    await checkAgainstStored(neo4j.executor, checked, options);
    if (checkOnly) {
      const kinds = Object.entries(checked.byKind)
        .map(([kind, count]) => `${count} ${kind}`)
        .join(', ');
      console.log(`Check passed: ${checked.records} records (${kinds}), no problems; nothing was written.`);
      return { ok: true, stage: 'checked', records: checked.records, problems: [], truncated: false };
    }
    const summary: ImportSummary = await writeCheckedFile(neo4j.executor, checked, options);
    return { ok: true, stage: 'written', records: summary.records, problems: [], truncated: false, summary };
  } finally {
    await neo4j.close();
  }
}

/** Laws and principle rulings in retsinformation's format (src/importer/retsinformation). */
async function importCorpus(
  parsed: Parsed,
  config: Config,
  source: string,
  options: ImportOptions,
  log: (line: string) => void,
): Promise<number> {
  try {
    const neo4j = await connectToNeo4j(config, log);
    try {
      await applyMigrations(neo4j.executor, log);
      await runCorpusImport(neo4j.executor, source, { ...parsed.corpus, ...options }, log);
    } finally {
      await neo4j.close();
    }
    if (options.timings) console.error(`importer peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
    return 0;
  } catch (error) {
    if (error instanceof ImportRefusedError || error instanceof CorpusRefusedError) {
      console.error(error.message);
      return 1;
    }
    console.error(`Import failed: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Import failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
