import type { Neo4jExecutor } from '../../db/executor';
import { importRetsinformation, type CorpusImportOptions } from './import-corpus';
import { looksLikeCorpus } from './corpus-files';

export const CORPUS_USAGE =
  '       npm run import -- <file.xml | folder> [--format retsinformation] [--skip-invalid] [--dry-run] [--report FILE]';

/** --format: "retsinformation" or "ndjson" as given, else chosen by the path (.xml, or a folder of them). */
export async function isCorpusImport(source: string, format: string | undefined): Promise<boolean> {
  if (format !== undefined && format !== 'retsinformation' && format !== 'ndjson') {
    throw new Error(`--format ${format}: expected retsinformation or ndjson`);
  }
  return format === 'retsinformation' || (format === undefined && (await looksLikeCorpus(source)));
}

/** The CLI's corpus import: prints the dry run's records to stdout and a summary line. */
export async function runCorpusImport(
  executor: Neo4jExecutor,
  source: string,
  options: CorpusImportOptions,
  log: (line: string) => void,
): Promise<void> {
  const summary = await importRetsinformation(executor, source, {
    ...options,
    onRecords: (ndjson) => process.stdout.write(ndjson),
  });
  const { laws, rulings, skipped } = summary.documents;
  const kinds = Object.entries(summary.byKind)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
  const verb = options.dryRun ? 'Checked (dry run, nothing written)' : 'Imported';
  log(
    `${verb} ${laws} law document(s) and ${rulings} ruling document(s) as ${summary.records} records (${kinds}) in ` +
      `${summary.seconds.toFixed(1)}s, ${summary.documentsPerSecond.toFixed(1)} documents/s; ${skipped} skipped; ` +
      `${summary.report.review.length} fact(s) for review${options.reportPath ? ` in ${options.reportPath}` : ' (--report FILE lists them)'}.`,
  );
  for (const problem of summary.report.skipped) log(`  skipped ${problem.file}: ${problem.message}`);
}
