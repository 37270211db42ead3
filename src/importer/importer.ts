import type { Neo4jExecutor } from '../db/executor';
import { todayIso } from '../shared/iso-date';
import { checkAgainstDatabase } from './database-checks';
import { writeBatch } from './batch-writer';
import { ImportRefusedError, type ImportProblem } from './import-error';
import type { ImportRecord, RecordKind } from './import-schema';
import { readLines, withReplayableInput } from './line-source';
import { Progress } from './progress';
import { validateRecordLine } from './record-validator';
import { StreamState } from './stream-state';

export interface ImportOptions {
  /** Records per write transaction. */
  batchSize?: number;
  /** Problems listed at most; validation stops reading once this many are found. */
  maxProblems?: number;
  progress?: boolean;
}

export interface ImportSummary {
  records: number;
  byKind: Partial<Record<RecordKind, number>>;
  seconds: number;
  recordsPerSecond: number;
}

/**
 * Imports an NDJSON file ("-" for standard input) in two passes: the first validates every
 * record, resolves every reference and checks every invariant, writing nothing; only if it
 * finds no problem does the second pass write, in batched transactions. So a refused file
 * leaves the database untouched, and any file can be imported again to the same end state.
 */
export async function importNdjson(executor: Neo4jExecutor, source: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const batchSize = options.batchSize ?? 5000;
  const maxProblems = options.maxProblems ?? 100;
  const started = Date.now();
  return withReplayableInput(source, async (path) => {
    const problems: ImportProblem[] = [];
    let truncated = false;
    const report = (problem: ImportProblem) => {
      if (problems.length < maxProblems) problems.push(problem);
      else truncated = true;
    };
    const state = new StreamState(report);
    const byKind: Partial<Record<RecordKind, number>> = {};
    const today = todayIso();
    let records = 0;
    const checking = new Progress('Checking', undefined, process.stderr, options.progress ?? false);
    for await (const { line, text } of readLines(path)) {
      const result = validateRecordLine(text, line, today);
      records++;
      checking.update(records);
      if (!result.ok) {
        result.problems.forEach(report);
      } else {
        state.add(result.record, line);
        byKind[result.record.kind] = (byKind[result.record.kind] ?? 0) + 1;
      }
      if (truncated) break;
    }
    checking.finish(records);
    if (!truncated) await checkAgainstDatabase(executor, state, report);
    if (problems.length) {
      problems.sort((a, b) => a.line - b.line);
      throw new ImportRefusedError(problems, truncated);
    }

    const writing = new Progress('Writing', records, process.stderr, options.progress ?? false);
    let written = 0;
    let batch: ImportRecord[] = [];
    for await (const { line, text } of readLines(path)) {
      const result = validateRecordLine(text, line, today);
      if (!result.ok) throw new Error(`line ${line} changed while importing`);
      batch.push(result.record);
      if (batch.length >= batchSize) {
        await writeBatch(executor, batch);
        written += batch.length;
        writing.update(written);
        batch = [];
      }
    }
    if (batch.length) await writeBatch(executor, batch);
    written += batch.length;
    writing.finish(written);
    const seconds = (Date.now() - started) / 1000;
    return { records, byKind, seconds, recordsPerSecond: records / Math.max(seconds, 0.001) };
  });
}
