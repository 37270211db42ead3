import { practiceCellsOf } from '../complaint-case/practice-cell';
import { registeredOutcome } from '../complaint-case/registered-outcome';
import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor, Tx } from '../db/executor';
import { parseParagraphRef } from '../paragraph/paragraph-ref';
import type { ImportRecord, RecordKind } from './import-schema';

const queries = loadQueries('importer', [
  'upsert-laws',
  'upsert-paragraphs',
  'link-paragraph-successions',
  'upsert-rulings',
  'link-rulings',
  'upsert-consolidations',
  'lineage-cycles',
  'succession-cycles',
  'upsert-authorities',
  'upsert-reversal-reasons',
  'upsert-complaint-cases',
] as const);

type RecordOf<K extends RecordKind> = Extract<ImportRecord, { kind: K }>;

export class WriteConflictError extends Error {}

/** Natural order for paragraphs: § 5 < § 5a < § 41 < § 112 stk. 1 < § 112 stk. 2. */
export function paragraphSortKey(number: string, subsection?: number): string {
  const [, digits, letters] = /^(\d+)(.*)$/.exec(number)!;
  return `${digits.padStart(5, '0')}${letters}${subsection === undefined ? '' : `.${String(subsection).padStart(3, '0')}`}`;
}

// Missing optional values are written as null (not left out) so that a corrected record
// clears a value the previous import set: the latest record of a key wins, whole.
const rows = {
  law: (r: RecordOf<'law'>) => ({ id: r.id, title: r.title, shortTitle: r.shortTitle, eli: r.eli ?? null }),
  paragraph: (r: RecordOf<'paragraph'>) => {
    const parsed = parseParagraphRef(r.ref);
    return {
      ref: parsed.canonical,
      lawId: parsed.lawId,
      number: parsed.number,
      subsection: parsed.subsection ?? null,
      sortKey: paragraphSortKey(parsed.number, parsed.subsection),
      title: r.title ?? null,
      validFrom: r.validFrom ?? null,
      validTo: r.validTo ?? null,
      replaces: r.replaces ?? [],
    };
  },
  ruling: (r: RecordOf<'ruling'>) => ({
    number: r.number,
    title: r.title,
    summary: r.summary ?? null,
    decidedOn: r.decidedOn,
    datePrecision: r.datePrecision ?? 'DAY',
    area: r.area,
    eli: r.eli ?? null,
    paragraphs: r.paragraphs,
    cites: r.cites ?? [],
  }),
  consolidation: (r: RecordOf<'consolidation'>) => ({
    id: r.id,
    title: r.title ?? null,
    decidedOn: r.decidedOn,
    datePrecision: r.datePrecision ?? 'DAY',
    type: r.type,
    containsNewPractice: r.containsNewPractice,
    issued: r.issued ?? [],
    repeals: r.repeals,
  }),
  authority: (r: RecordOf<'authority'>) => ({ code: r.code, name: r.name, type: r.type }),
  reversalReason: (r: RecordOf<'reversalReason'>) => ({ code: r.code, label: r.label }),
  complaintCase: (r: RecordOf<'complaintCase'>) => complaintCaseRow(r),
};

/**
 * cells: the practice cells that count the case (practice-cell.ts), one per distinct law of its
 * paragraphs, so practice statistics count a case once per law however many of the law's
 * paragraphs it concerns, and one of all laws.
 */
export function complaintCaseRow(r: RecordOf<'complaintCase'>) {
  const lawIds = [...new Set(r.paragraphs.map((ref) => parseParagraphRef(ref).lawId))];
  const area = r.area ?? null;
  const outcome = registeredOutcome(r.outcomes);
  return {
    id: r.id,
    receivedOn: r.receivedOn,
    decidedOn: r.decidedOn,
    authority: r.authority,
    area,
    outcome,
    outcomes: r.outcomes,
    paragraphs: r.paragraphs,
    cells: practiceCellsOf({ lawIds, authority: r.authority, decidedOn: r.decidedOn, area, outcome }),
    applied: r.applied ?? [],
    reasons: r.reasons ?? [],
  };
}

/**
 * Writes one batch of validated records in one transaction. Records only reference earlier
 * ones, so writing the batch's kinds in dependency order, nodes before links, is always safe.
 * Every statement is an idempotent MERGE: a batch cut off by a crash is simply written again.
 */
export async function writeBatch(executor: Neo4jExecutor, records: ImportRecord[]): Promise<void> {
  const byKind = <K extends RecordKind>(kind: K): ReturnType<(typeof rows)[K]>[] =>
    records
      .filter((record): record is RecordOf<K> => record.kind === kind)
      .map((record) => (rows[kind] as unknown as (r: RecordOf<K>) => ReturnType<(typeof rows)[K]>)(record));
  const laws = byKind('law');
  const paragraphs = byKind('paragraph');
  const rulings = byKind('ruling');
  const consolidations = byKind('consolidation');
  const authorities = byKind('authority');
  const reasons = byKind('reversalReason');
  const cases = byKind('complaintCase');

  await executor.write(async (tx: Tx) => {
    const run = async (query: string, batch: unknown[]) => {
      if (batch.length) await tx.run(query, { rows: batch });
    };
    await run(queries['upsert-laws'], laws);
    await run(queries['upsert-paragraphs'], paragraphs);
    const successions = paragraphs.filter((row) => row.replaces.length);
    await run(queries['link-paragraph-successions'], successions);
    if (successions.length) {
      const cyclic = await tx.run<{ ref: string }>(queries['succession-cycles'], { refs: successions.map((row) => row.ref) });
      if (cyclic.length) throw new WriteConflictError(`paragraph succession would become circular at ${cyclic.map((row) => row.ref).join(', ')}`);
    }
    await run(queries['upsert-rulings'], rulings);
    await run(queries['link-rulings'], rulings);
    await run(queries['upsert-consolidations'], consolidations);
    if (consolidations.length) {
      const numbers = consolidations.flatMap((row) => row.issued);
      const cyclic = numbers.length ? await tx.run<{ number: string }>(queries['lineage-cycles'], { numbers }) : [];
      if (cyclic.length) throw new WriteConflictError(`lineage would become circular at ${cyclic.map((row) => row.number).join(', ')}`);
    }
    await run(queries['upsert-authorities'], authorities);
    await run(queries['upsert-reversal-reasons'], reasons);
    await run(queries['upsert-complaint-cases'], cases);
  });
}
