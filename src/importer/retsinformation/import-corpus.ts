import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Neo4jExecutor } from '../../db/executor';
import { formatParagraphRef } from '../../paragraph/paragraph-ref';
import { ImportRefusedError } from '../import-error';
import type { ImportRecord } from '../import-schema';
import { importNdjson, type ImportOptions, type ImportSummary } from '../importer';
import { corpusRecords } from './corpus-records';
import { CorpusRefusedError, type DocumentProblem } from './document-problem';
import { readCorpus } from './read-corpus';
import { writeReviewReport, type ReviewReport } from './review-report';
import { readStoredCorpusFacts } from './stored-corpus-facts';

export interface CorpusImportOptions extends ImportOptions {
  /** Import the readable documents and name the others, instead of refusing the whole corpus. */
  skipInvalid?: boolean;
  /** Write nothing: check the records and hand them to onRecords (the CLI prints them as NDJSON). */
  dryRun?: boolean;
  /** Where the review report goes (FILE.md and FILE.json). */
  reportPath?: string;
  onRecords?: (ndjson: string) => void;
}

export interface CorpusImportSummary extends ImportSummary {
  documents: { laws: number; rulings: number; skipped: number };
  report: ReviewReport;
  documentsPerSecond: number;
}

// A record's problem, with the document it came from: the records are an intermediate file
// the user never sees, so its line numbers alone would point nowhere.
function documentProblems(
  error: ImportRefusedError,
  records: readonly ImportRecord[],
  origins: Map<ImportRecord, string>,
): DocumentProblem[] {
  return error.problems.map((problem) => {
    const record = records[problem.line - 1];
    return {
      file: (record && origins.get(record)) ?? '(records)',
      element: `${record?.kind ?? 'record'} record, field ${problem.field || '(whole record)'}`,
      message: problem.message,
      expected: problem.expected,
    };
  });
}

/**
 * Imports a folder (or file) of retsinformation documents: they are read into records of the
 * import contract, which then go through the NDJSON importer unchanged (one rule set: the same
 * validation, database checks and write path). Nothing is written if any document or record is
 * refused, unless skipInvalid, which drops those documents (and names them) and tries again.
 */
export async function importRetsinformation(
  executor: Neo4jExecutor,
  path: string,
  options: CorpusImportOptions = {},
): Promise<CorpusImportSummary> {
  const started = Date.now();
  const corpus = await readCorpus(path);
  const skipped: DocumentProblem[] = [];
  const refuseOrSkip = (problems: DocumentProblem[]) => {
    if (problems.length === 0) return;
    if (!options.skipInvalid) throw new CorpusRefusedError(problems);
    skipped.push(...problems);
  };
  refuseOrSkip(corpus.problems);

  const dir = await mkdtemp(join(tmpdir(), 'praksis-retsinformation-'));
  try {
    let laws = corpus.laws;
    let rulings = corpus.rulings;
    // Each round drops the documents whose records were refused; what referred to them may then
    // be refused in the next round, so there are as many rounds as that chain is long.
    for (let round = 0; ; round++) {
      const mentioned = rulings.flatMap((ruling) =>
        ruling.mentions.flatMap((m) => [
          formatParagraphRef({ lawId: m.law.id, number: m.number, subsection: m.stk }),
          formatParagraphRef({ lawId: m.law.id, number: m.number }),
        ]),
      );
      const stored = await readStoredCorpusFacts(executor, {
        lawIds: [
          ...new Set([
            ...laws.map((law) => law.law.id),
            ...rulings.flatMap((r) => [...r.concerns.map((c) => c.law.id), ...r.mentions.map((m) => m.law.id)]),
          ]),
        ],
        versionedLawIds: [...new Set(laws.map((law) => law.law.id))],
        paragraphRefs: [...new Set(mentioned)],
        rulingNumbers: [
          ...new Set(
            rulings.flatMap((r) =>
              [
                ...r.statements.cites,
                ...r.statements.repealedWithSuccessor,
                ...r.statements.repealedWithoutSuccessor,
              ].map((f) => f.number),
            ),
          ),
        ],
      });
      const built = corpusRecords(laws, rulings, stored);
      const report: ReviewReport = {
        review: built.review,
        derivedLaws: built.derivedLaws,
        skipped: [...skipped, ...built.refused],
      };
      if (options.reportPath) await writeReviewReport(options.reportPath, report);
      refuseOrSkip(built.refused);
      const ndjson = built.records.map((record) => JSON.stringify(record)).join('\n') + '\n';
      const file = join(dir, `records-${round}.ndjson`);
      await writeFile(file, ndjson);
      try {
        const summary = await importNdjson(executor, file, { ...options, checkOnly: options.dryRun });
        if (options.dryRun) options.onRecords?.(ndjson);
        const seconds = (Date.now() - started) / 1000;
        const documents = laws.length + rulings.length;
        return {
          ...summary,
          seconds,
          recordsPerSecond: summary.records / Math.max(seconds, 0.001),
          documents: { laws: laws.length, rulings: rulings.length, skipped: skipped.length },
          report,
          documentsPerSecond: documents / Math.max(seconds, 0.001),
        };
      } catch (error) {
        if (!(error instanceof ImportRefusedError)) throw error;
        const problems = documentProblems(error, built.records, built.origins);
        if (!options.skipInvalid || error.truncated) throw new CorpusRefusedError(problems);
        const bad = new Set(problems.map((problem) => problem.file));
        skipped.push(...problems);
        const before = laws.length + rulings.length;
        laws = laws.filter((law) => !bad.has(law.file));
        rulings = rulings.filter((ruling) => !bad.has(ruling.file));
        if (laws.length + rulings.length === before) throw new CorpusRefusedError(problems);
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
