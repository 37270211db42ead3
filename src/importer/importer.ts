import type { Neo4jExecutor } from '../db/executor';
import { todayIso } from '../shared/iso-date';
import { checkAgainstDatabase } from './database-checks';
import { BatchAssembler } from './batch-assembler';
import { BatchPipeline } from './batch-pipeline';
import { writeBatch } from './batch-writer';
import { ChangeTally, type ChangeCounts } from './change-counts';
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
  /** Only the first pass: every check, nothing written (a dry run). */
  checkOnly?: boolean;
}

export interface ImportSummary {
  records: number;
  byKind: Partial<Record<RecordKind, number>>;
  /** What the import did per kind: keys created, updated, or already stored as the file states them. */
  changes: ChangeCounts;
  seconds: number;
  recordsPerSecond: number;
}

/** A file after the checks that need no database: its records by kind and what is left open. */
export interface CheckedFile {
  path: string;
  records: number;
  byKind: Partial<Record<RecordKind, number>>;
  /** References and edges still to be checked against the database. */
  state: StreamState;
  problems: ProblemList;
  /** Time the file pass took, and when the import went on from it: the summary leaves out the wait between (a Neo4j start, say). */
  fileMs: number;
  resumedAt: number;
  today: string;
}

/**
 * Imports an NDJSON file ("-" for standard input) in two passes: the first validates every
 * record, resolves every reference and checks every invariant, writing nothing; only if it
 * finds no problem does the second pass write, in batched transactions. So a refused file
 * leaves the database untouched, and any file can be imported again to the same end state.
 */
export async function importNdjson(
  executor: Neo4jExecutor,
  source: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  return withReplayableInput(source, async (path) => {
    const checked = await checkFile(path, options);
    await checkAgainstStored(executor, checked, options);
    if (options.checkOnly) {
      const seconds = checked.fileMs / 1000;
      return { records: checked.records, byKind: checked.byKind, changes: {}, seconds, recordsPerSecond: 0 };
    }
    return writeCheckedFile(executor, checked, options);
  });
}

/**
 * Pass 1 without the database: every line's syntax and shape, and every reference and invariant
 * the file can settle on its own. It refuses nothing itself; the problems are in the result,
 * so a caller can refuse a broken file before it has started or reached any Neo4j.
 */
export async function checkFile(path: string, options: ImportOptions = {}): Promise<CheckedFile> {
  const started = Date.now();
  const problems = new ProblemList(options.maxProblems ?? 100);
  const state = new StreamState(problems.report);
  const byKind: Partial<Record<RecordKind, number>> = {};
  const today = todayIso();
  let records = 0;
  const checking = new Progress('Checking', undefined, process.stderr, options.progress ?? false);
  for await (const { line, text } of readLines(path)) {
    const result = validateRecordLine(text, line, today);
    records++;
    checking.update(records);
    if (!result.ok) {
      result.problems.forEach(problems.report);
    } else {
      state.add(result.record, line);
      byKind[result.record.kind] = (byKind[result.record.kind] ?? 0) + 1;
    }
    if (problems.truncated) break;
  }
  checking.finish(records);
  const fileMs = Date.now() - started;
  options.timings?.add('pass 1: read and validate', fileMs);
  return { path, records, byKind, state, problems, fileMs, resumedAt: Date.now(), today };
}

/**
 * The rest of pass 1: what the file left open, checked against the database (reads only).
 * Refuses the import (ImportRefusedError) with every problem found, the file's own included.
 */
export async function checkAgainstStored(
  executor: Neo4jExecutor,
  checked: CheckedFile,
  options: ImportOptions = {},
): Promise<void> {
  const checksStarted = Date.now();
  checked.resumedAt = checksStarted;
  if (!checked.problems.truncated) await checkAgainstDatabase(executor, checked.state, checked.problems.report);
  options.timings?.add('pass 1: database checks', Date.now() - checksStarted);
  checked.problems.refuseIfAny();
}

/** Pass 2, for a file every check has passed: the batched writes. */
export async function writeCheckedFile(
  executor: Neo4jExecutor,
  checked: CheckedFile,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const { path, records, byKind, today } = checked;
  const batchSize = options.batchSize ?? 10000;
  const timings = options.timings;
  // Pass 2 reads and validates the next batch while earlier ones are written (BatchPipeline):
  // the importer's own CPU (parsing, validating, packing rows) overlaps the database's work
  // instead of adding to it, and every record is still written after those it references.
  const writing = new Progress('Writing', records, process.stderr, options.progress ?? false);
  let written = 0;
  const changes = new ChangeTally();
  const context = { timings, committedCells: new Set<string>(), changes };
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
  const seconds = (checked.fileMs + Date.now() - checked.resumedAt) / 1000;
  return { records, byKind, changes: changes.counts, seconds, recordsPerSecond: records / Math.max(seconds, 0.001) };
}
