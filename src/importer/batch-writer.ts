import type { PracticeCell } from '../complaint-case/practice-cell';
import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor, Params, Tx } from '../db/executor';
import { complaintCaseRow, latestRows, paragraphSortKey, rows, type RecordOf } from './batch-rows';
import { ChangeTally, countChanges, type ComparedRow } from './change-counts';
import type { ImportRecord, RecordKind } from './import-schema';
import type { WriteTimings } from './write-timings';

// Kept importable from here: the editor mutations and the benchmarks reach them through this file.
export { complaintCaseRow, paragraphSortKey };

const queries = loadQueries('importer', [
  'upsert-laws',
  'upsert-paragraphs',
  'upsert-law-versions',
  'link-paragraph-successions',
  'stored-ruling-numbers',
  'upsert-rulings',
  'create-rulings',
  'link-rulings',
  'upsert-consolidations',
  'take-write-lock',
  'lineage-cycles',
  'repeated-full-repeals',
  'succession-cycles',
  'upsert-authorities',
  'upsert-reversal-reasons',
  'stored-complaint-case-ids',
  'merge-practice-cells',
  'upsert-complaint-cases',
  'create-complaint-cases',
] as const);

export class WriteConflictError extends Error {}

/** What one import shares across its batches (all optional; a lone writeBatch needs none). */
export interface BatchContext {
  timings?: WriteTimings;
  /**
   * Keys of practice cells that batches of this import have committed. Nothing deletes a cell
   * (an empty one simply counts nothing), so those need no MERGE again; a busy import sees the
   * same few thousand cells in every batch. Only committed batches add to it.
   */
  committedCells?: Set<string>;
  /**
   * Given, the writer counts what each committed batch created, updated or left unchanged
   * (change-counts.ts): a few more reads per batch, none for keys its own lookup found new.
   */
  changes?: ChangeTally;
}

function rowsOf<K extends RecordKind>(records: readonly ImportRecord[], kind: K): ReturnType<(typeof rows)[K]>[] {
  const build = rows[kind] as unknown as (record: RecordOf<K>) => ReturnType<(typeof rows)[K]>;
  return records.filter((record): record is RecordOf<K> => record.kind === kind).map(build);
}

/** Splits rows into those whose key is stored already and those that are new. */
function partition<Row>(
  all: Row[],
  keyOf: (row: Row) => string,
  stored: Set<string>,
): { existing: Row[]; fresh: Row[] } {
  const existing: Row[] = [];
  const fresh: Row[] = [];
  for (const row of all) (stored.has(keyOf(row)) ? existing : fresh).push(row);
  return { existing, fresh };
}

/**
 * Writes one batch of validated records in one transaction. Records only reference earlier
 * ones, so writing the batch's kinds in dependency order, nodes before links, is always safe.
 *
 * Rulings and complaint cases (nearly all of a large file) are first looked up by key in the
 * same transaction: keys already stored are corrected by MERGE statements that also delete
 * links the record no longer states; new keys are written by CREATE-only statements, which skip
 * the MERGE's existence checks and the stale-link subqueries (about half the work per case).
 * Either way the result is the record as stated, so a batch cut off by a crash is simply
 * written again: what reached the database is then "stored" and corrected to the same state.
 * The lookup and the writes share the transaction, and a concurrent writer creating the same
 * key in between would make the CREATE fail on the key constraint (rolled back, nothing
 * half-written), never duplicate it.
 */
export async function writeBatch(
  executor: Neo4jExecutor,
  records: ImportRecord[],
  context: BatchContext = {},
): Promise<void> {
  const { timings, committedCells, changes } = context;
  const laws = rowsOf(records, 'law');
  const paragraphs = rowsOf(records, 'paragraph');
  const lawVersions = rowsOf(records, 'lawVersion');
  const rulings = latestRows(records, 'ruling', (row) => row.number);
  const consolidations = rowsOf(records, 'consolidation');
  const authorities = rowsOf(records, 'authority');
  const reasons = rowsOf(records, 'reversalReason');
  const cases = latestRows(records, 'complaintCase', (row) => row.id);

  const cells = new Map<string, PracticeCell>();
  for (const row of cases)
    for (const cell of row.practiceCells) if (!committedCells?.has(cell.key)) cells.set(cell.key, cell);
  // The cells travel once per batch (merge-practice-cells), the cases name them by key.
  const caseRows = cases.map(({ practiceCells: _cells, ...row }) => row);

  const transactionStarted = performance.now();
  let statementsMs = 0;
  let batchChanges = new ChangeTally();
  await executor.write(async (tx: Tx) => {
    statementsMs = 0;
    // A retried transaction counts afresh; only the committed attempt's counts are kept.
    batchChanges = new ChangeTally();
    const timed = async <Row>(label: string, statement: string, params: Params): Promise<Row[]> => {
      const started = performance.now();
      const result = await tx.run<Row>(statement, params);
      const ms = performance.now() - started;
      statementsMs += ms;
      timings?.add(label, ms);
      return result;
    };
    const run = <Row>(name: keyof typeof queries, params: Params) => timed<Row>(name, queries[name], params);
    const write = async (name: keyof typeof queries, batch: unknown[]) => {
      if (batch.length) await run(name, { rows: batch });
    };
    const readState = (statement: string, params: Params) =>
      timed<{ key: string; state: Record<string, unknown> }>('counting changes', statement, params);
    const count = async <K extends RecordKind>(
      kind: K,
      batch: readonly ComparedRow<K>[],
      knownNew: readonly ComparedRow<K>[] = [],
    ) => {
      if (changes) await countChanges(readState, kind, batch, batchChanges, knownNew);
    };
    const successions = paragraphs.filter((row) => row.replaces.length);
    // Lineage and succession are checked for cycles (and repeals for repetition) inside this
    // transaction; the editing lock keeps an editor's concurrent write out of the gap.
    if (successions.length || consolidations.length) await run('take-write-lock', {});
    await count('law', laws);
    await write('upsert-laws', laws);
    await count('paragraph', paragraphs);
    await write('upsert-paragraphs', paragraphs);
    await write('upsert-law-versions', lawVersions);
    await write('link-paragraph-successions', successions);
    if (successions.length) {
      const cyclic = await run<{ ref: string }>('succession-cycles', { refs: successions.map((row) => row.ref) });
      if (cyclic.length)
        throw new WriteConflictError(
          `paragraph succession would become circular at ${cyclic.map((row) => row.ref).join(', ')}`,
        );
    }

    if (rulings.length) {
      const stored = await run<{ number: string }>('stored-ruling-numbers', {
        numbers: rulings.map((row) => row.number),
      });
      const { existing, fresh } = partition(rulings, (row) => row.number, new Set(stored.map((row) => row.number)));
      await count('ruling', existing, fresh);
      // Stored rulings get their new values first, so that new rulings may cite them; their
      // links come last, as a corrected ruling may cite one that is new in this batch.
      await write('upsert-rulings', existing);
      await write('create-rulings', fresh);
      await write('link-rulings', existing);
    }
    await count('consolidation', consolidations);
    await write('upsert-consolidations', consolidations);
    if (consolidations.length) {
      const numbers = consolidations.flatMap((row) => row.issued);
      const cyclic = numbers.length ? await run<{ number: string }>('lineage-cycles', { numbers }) : [];
      if (cyclic.length)
        throw new WriteConflictError(`lineage would become circular at ${cyclic.map((row) => row.number).join(', ')}`);
      const fullyRepealed = consolidations.flatMap((row) =>
        row.repeals.filter((repeal) => repeal.extent === 'FULL').map((repeal) => repeal.ruling),
      );
      const twice = fullyRepealed.length
        ? await run<{ number: string }>('repeated-full-repeals', { numbers: fullyRepealed })
        : [];
      if (twice.length)
        throw new WriteConflictError(`${twice.map((row) => row.number).join(', ')} would be fully repealed twice`);
    }
    await count('authority', authorities);
    await write('upsert-authorities', authorities);
    await count('reversalReason', reasons);
    await write('upsert-reversal-reasons', reasons);

    if (caseRows.length) {
      const stored = await run<{ id: string }>('stored-complaint-case-ids', { ids: caseRows.map((row) => row.id) });
      const { existing, fresh } = partition(caseRows, (row) => row.id, new Set(stored.map((row) => row.id)));
      await count('complaintCase', existing, fresh);
      if (cells.size) await run('merge-practice-cells', { cells: [...cells.values()] });
      await write('upsert-complaint-cases', existing);
      await write('create-complaint-cases', fresh);
    }
  });
  timings?.add('commit (and session)', performance.now() - transactionStarted - statementsMs);
  for (const key of cells.keys()) committedCells?.add(key);
  changes?.addAll(batchChanges);
}
