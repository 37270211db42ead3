import { nothingStored, reportAgainstStored } from '../database-checks';
import { ProblemList, type ImportProblem } from '../import-error';
import type { ImportRecord, RecordKind } from '../import-schema';
import { readLines } from '../line-source';
import { RECORD_KEY_FIELD, recordKey } from '../record-keys';
import { validateInParallel } from '../parallel-validation';
import { Progress } from '../progress';
import { validateRecordLine } from '../record-validator';
import { StreamState } from '../stream-state';
import { BulkCsvWriter, type BulkCsvSet } from './bulk-csv';
import { SeenKeys } from './seen-keys';

export interface BulkCheckRequest {
  path: string;
  workDir: string;
  maxProblems: number;
  progress: boolean;
  today: string;
}

export interface BulkCheckResult {
  records: number;
  byKind: Partial<Record<RecordKind, number>>;
  files: BulkCsvSet;
}

const kindAndKey = (record: ImportRecord) => `${record.kind} ${recordKey(record)}`;

/**
 * Pass 1 of the transactional import and the CSV files together: one read of the file, the
 * lines validated on worker threads while this one keeps the stream's state and writes rows.
 */
export async function checkAndWriteCsv({
  path,
  workDir,
  maxProblems,
  progress,
  today,
}: BulkCheckRequest): Promise<BulkCheckResult> {
  const problems = new ProblemList(maxProblems);
  const { report } = problems;
  const state = new StreamState(report);
  const keys = Object.fromEntries(Object.keys(RECORD_KEY_FIELD).map((kind) => [kind, new SeenKeys()])) as Record<
    RecordKind,
    SeenKeys
  >;
  const maybeRepeated = new Set<string>();
  const byKind: Partial<Record<RecordKind, number>> = {};
  const csv = new BulkCsvWriter(workDir);
  const checking = new Progress('Checking and writing CSV', undefined, process.stderr, progress);
  let records = 0;
  try {
    reading: for await (const chunk of validateInParallel(readLines(path), today)) {
      for (const { line, result } of chunk) {
        records++;
        checking.update(records);
        if (!result.ok) {
          result.problems.forEach(report);
        } else {
          const { record } = result;
          if (keys[record.kind].add(recordKey(record))) maybeRepeated.add(kindAndKey(record));
          state.add(record, line);
          byKind[record.kind] = (byKind[record.kind] ?? 0) + 1;
          // Once the file is known to be refused, writing more rows is wasted work.
          if (problems.empty) await csv.add(record);
        }
        if (problems.truncated) break reading;
      }
    }
    checking.finish(records);
    // The database is empty, so anything the file refers to must be in the file.
    if (!problems.truncated) reportAgainstStored(nothingStored(), state, report);
    if (!problems.truncated && maybeRepeated.size) await reportRepeatedKeys(path, maybeRepeated, today, report);
    problems.refuseIfAny();
  } catch (error) {
    await csv.abandon();
    throw error;
  }
  return { records, byKind, files: await csv.finish() };
}

/**
 * The second read for keys SeenKeys may have met before: each occurrence after the first of a
 * key that really repeats is a problem (a hash shared by two keys is not).
 */
async function reportRepeatedKeys(
  path: string,
  candidates: Set<string>,
  today: string,
  report: (problem: ImportProblem) => void,
): Promise<void> {
  const firstLine = new Map<string, number>();
  for await (const { line, text } of readLines(path)) {
    const result = validateRecordLine(text, line, today);
    if (!result.ok) continue;
    const { record } = result;
    const key = kindAndKey(record);
    if (!candidates.has(key)) continue;
    const first = firstLine.get(key);
    if (first === undefined) {
      firstLine.set(key, line);
      continue;
    }
    report({
      line,
      field: RECORD_KEY_FIELD[record.kind],
      message: `${record.kind} ${JSON.stringify(recordKey(record))} appears a second time (first on line ${first}); a bulk load takes each key once`,
      expected: 'one record per key (or import without --bulk, where a later record corrects an earlier one)',
    });
  }
}
