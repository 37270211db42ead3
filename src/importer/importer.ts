import type { Neo4jExecutor } from '../db/executor';
import { todayIso } from '../shared/iso-date';
import { checkAgainstDatabase } from './database-checks';
import { BatchAssembler } from './batch-assembler';
import { BatchPipeline } from './batch-pipeline';
import { writeBatch } from './batch-writer';
import { ImportInterruptedError, ProblemList } from './import-error';
import type { ImportRecord, RecordKind } from './import-schema';
import { readLines, withReplayableInput } from './line-source';
import { Progress } from './progress';
import { validateRecordLine } from './record-validator';
import { StreamState } from './stream-state';
import { WriteTimings } from './write-timings';

export interface ImportOptions {
  /** Records per write transaction. */
  batchSize?: number;
  /** Problems listed at most; validation stops reading once this many are found. */
  maxProblems?: number;
  progress?: boolean;
  /**
   * Batches of complaint cases written at the same time (default 1: one transaction at a time,
   * the next batch read and validated meanwhile). See BatchPipeline.
   */
  writers?: number;
  /** Collects wall time per phase and per write statement (bench, --timings). */
  timings?: WriteTimings;
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
  const batchSize = options.batchSize ?? 10000;
  const timings = options.timings;
  const maxProblems = options.maxProblems ?? 100;
  const started = Date.now();
  return withReplayableInput(source, async (path) => {
    const problems = new ProblemList(maxProblems);
    const { report } = problems;
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
      if (problems.truncated) break;
    }
    checking.finish(records);
    timings?.add('pass 1: read and validate', Date.now() - started);
    const checksStarted = Date.now();
    if (!problems.truncated) await checkAgainstDatabase(executor, state, report);
    timings?.add('pass 1: database checks', Date.now() - checksStarted);
    problems.refuseIfAny();

    // Pass 2 reads and validates the next batch while earlier ones are written (BatchPipeline):
    // the importer's own CPU (parsing, validating, packing rows) overlaps the database's work
    // instead of adding to it, and every record is still written after those it references.
    const writing = new Progress('Writing', records, process.stderr, options.progress ?? false);
    let written = 0;
    const context = { timings, committedCells: new Set<string>() };
    const pipeline = new BatchPipeline(async (batch) => {
      await writeBatch(executor, batch, context);
      written += batch.length;
      writing.update(written);
    }, options.writers ?? 1);
    const submit = async (batch: ImportRecord[], lane?: number) => {
      const waitStarted = Date.now();
      await pipeline.submit(batch, lane);
      timings?.add('pass 2: waiting for the database', Date.now() - waitStarted);
    };
    const writeStarted = Date.now();
    const batches = new BatchAssembler(batchSize, options.writers ?? 1, submit);
    try {
      for await (const { line, text } of readLines(path)) {
        const result = validateRecordLine(text, line, today);
        if (!result.ok) throw new Error(`line ${line} changed while importing`);
        await batches.add(result.record);
      }
      await batches.finish();
      await pipeline.drain();
    } catch (error) {
      // Let the batches in flight finish (or fail) before the caller closes the driver.
      await pipeline.drain().catch(() => undefined);
      throw new ImportInterruptedError(written, records, error);
    }
    timings?.add('pass 2: read, validate and write', Date.now() - writeStarted);
    writing.finish(written);
    const seconds = (Date.now() - started) / 1000;
    return { records, byKind, seconds, recordsPerSecond: records / Math.max(seconds, 0.001) };
  });
}
