import { randomUUID } from 'node:crypto';
import type { Viewer } from '../auth/viewer';
import type { ComplaintCaseRecord } from '../complaint-case/complaint-case.type';
import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor, Tx } from '../db/executor';
import { ConflictError } from '../errors';
import { writeBatch, WriteConflictError } from '../importer/batch-writer';
import { checkAgainstDatabase } from '../importer/database-checks';
import type { ImportProblem } from '../importer/import-error';
import type { ImportRecord, RecordKind } from '../importer/import-schema';
import { validateRecordLine } from '../importer/record-validator';
import { StreamState } from '../importer/stream-state';
import { todayIso } from '../shared/iso-date';
import type { EditOperation } from './edit';
import { earlierWrite, type WrittenSummary } from './idempotency';
import { badInput, conflict, isUnknownReference, type NamedProblem } from './problems';
import { TransactionBoundExecutor } from './transaction-executor';

const queries = loadQueries('editing', [
  'take-write-lock',
  'repeal-date-conflicts',
  'record-audit',
  'complaint-case-by-id',
] as const);

export interface EditResult extends WrittenSummary {
  auditId: string;
  /** True when an idempotency key named an earlier write, which is answered instead. */
  replayed: boolean;
}

/**
 * Every API write goes through apply(): one write transaction that
 *  1. takes the editing lock (below),
 *  2. plans the edit as import records, reading the stored state it merges into,
 *  3. validates them with the importer's record validator (shape, canonical keys, dates, CPR),
 *  4. checks them against the graph with the importer's StreamState and checkAgainstDatabase
 *     (references resolve, no repeal before its ruling, no second full repeal, no cycle),
 *  5. writes them with the importer's writeBatch (which also derives REPLACES and re-checks for
 *     cycles after writing), checks repeal dates of rewritten rulings,
 *  6. and records the AuditEntry, with the idempotency key when one was given.
 * Any refusal throws inside the transaction, so it rolls back whole: no half-written edit, and
 * no audit entry for a write that did not happen. With an idempotency key, right after the lock
 * it looks for the earlier write the key names (idempotency.ts) and, if there is one, answers it
 * and writes nothing: a retry after a cut connection is safe whether or not the first commit landed.
 *
 * Why one lock node rather than locks on the rulings involved: Neo4j runs read committed, so two
 * transactions that each check "no cycle" and then write can both pass (A->B in one, B->A in the
 * other; or a ring of three, where no two transactions even touch the same pair of rulings).
 * Locking only the rulings an edit names cannot prevent the ring, since a cycle is a property of
 * the whole lineage. The lock serialises editing transactions, so each one's checks see every
 * earlier edit committed. Editors write a few times a minute, so the cost is nil. The CLI
 * importer takes the same lock for batches that change lineage or succession (batch-writer.ts).
 */
export class EditingRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /**
   * Called after every committed edit: the request's context forgets what it has read (its
   * DataLoaders), so the mutation's answer, and a later mutation's in the same request, are read
   * fresh instead of from a read made before the write.
   */
  afterCommit: () => void = () => {};

  async apply(viewer: Viewer, operation: EditOperation, idempotencyKey?: string): Promise<EditResult> {
    const result = await this.commit(viewer, operation, idempotencyKey);
    this.afterCommit();
    return result;
  }

  private commit(viewer: Viewer, operation: EditOperation, idempotencyKey?: string): Promise<EditResult> {
    const input = JSON.stringify(operation.input);
    return this.executor.write(async (tx) => {
      const [{ writes }] = await tx.run<{ writes: number }>(queries['take-write-lock']);
      if (idempotencyKey !== undefined) {
        const earlier = await earlierWrite(tx, viewer.subject, idempotencyKey, operation.operation, input);
        if (earlier) return { ...earlier, replayed: true };
      }
      const bound = new TransactionBoundExecutor(this.executor, tx);
      const edit = await operation.plan(bound);
      const records = this.validate(edit.records, edit.fieldName);
      await this.check(bound, records, edit.fieldName);
      await this.write(bound, tx, records, edit.fieldName);
      const auditId = randomUUID();
      const byKind: Partial<Record<RecordKind, number>> = {};
      records.forEach((record) => (byKind[record.kind] = (byKind[record.kind] ?? 0) + 1));
      const written: WrittenSummary = { records: records.length, byKind };
      await tx.run(queries['record-audit'], {
        id: auditId,
        seq: writes,
        at: new Date().toISOString(),
        subject: viewer.subject,
        operation: operation.operation,
        keys: [...new Set(edit.keys)],
        input,
        idempotencyKey: idempotencyKey ?? null,
        result: idempotencyKey === undefined ? null : JSON.stringify(written),
      });
      return { ...written, auditId, replayed: false };
    });
  }

  /** A case as the ComplaintCase type reads it, after correctComplaintCase. */
  async complaintCase(id: string): Promise<ComplaintCaseRecord | null> {
    const [row] = await this.executor.query<{ complaintCase: ComplaintCaseRecord }>(queries['complaint-case-by-id'], {
      id,
    });
    return row?.complaintCase ?? null;
  }

  private validate(
    raw: (Record<string, unknown> | string)[],
    fieldName: (line: number, field: string) => string,
  ): ImportRecord[] {
    const today = todayIso();
    const problems: NamedProblem[] = [];
    const records: ImportRecord[] = [];
    raw.forEach((value, index) => {
      const result = validateRecordLine(typeof value === 'string' ? value : JSON.stringify(value), index + 1, today);
      if (result.ok) records.push(result.record);
      else problems.push(...result.problems.map((problem) => named(problem, fieldName)));
    });
    if (problems.length) throw badInput(problems);
    return records;
  }

  private async check(
    bound: Neo4jExecutor,
    records: ImportRecord[],
    fieldName: (line: number, field: string) => string,
  ): Promise<void> {
    // Contradictions within the edit itself (a ruling repealed twice in it, a repeal dated before
    // a ruling of the same edit) are bad input; what clashes with the stored graph is a conflict.
    const inEdit: NamedProblem[] = [];
    const state = new StreamState((problem) => inEdit.push(named(problem, fieldName)));
    records.forEach((record, index) => state.add(record, index + 1));
    if (inEdit.length) throw badInput(inEdit);
    const unknown: NamedProblem[] = [];
    const clashes: NamedProblem[] = [];
    await checkAgainstDatabase(bound, state, (problem) =>
      (isUnknownReference(problem) ? unknown : clashes).push(named(problem, fieldName)),
    );
    if (unknown.length) throw badInput(unknown);
    if (clashes.length) throw conflict(clashes);
  }

  private async write(
    bound: Neo4jExecutor,
    tx: Tx,
    records: ImportRecord[],
    fieldName: (line: number, field: string) => string,
  ): Promise<void> {
    try {
      await writeBatch(bound, records);
    } catch (error) {
      if (error instanceof WriteConflictError) throw new ConflictError(`Nothing was written: ${error.message}.`);
      throw error;
    }
    const lines = new Map(
      records.flatMap((record, index) => (record.kind === 'ruling' ? [[record.number, index + 1] as const] : [])),
    );
    if (!lines.size) return;
    const numbers = [...lines.keys()];
    const late = await tx.run<{ number: string; decidedOn: string; consolidation: string; consolidationDate: string }>(
      queries['repeal-date-conflicts'],
      { numbers },
    );
    if (late.length) {
      throw conflict(
        late.map((row) => ({
          field: fieldName(lines.get(row.number)!, 'decidedOn'),
          message: `${row.number} would be decided on ${row.decidedOn}, after consolidation ${row.consolidation} (${row.consolidationDate}) repealed it`,
          expected: `a date on or before ${row.consolidationDate}`,
        })),
      );
    }
  }
}

function named(problem: ImportProblem, fieldName: (line: number, field: string) => string): NamedProblem {
  return { field: fieldName(problem.line, problem.field), message: problem.message, expected: problem.expected };
}
