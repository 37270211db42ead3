import { practiceCellsOf, type PracticeCell } from '../complaint-case/practice-cell';
import { registeredOutcome } from '../complaint-case/registered-outcome';
import { parseParagraphRef } from '../paragraph/paragraph-ref';
import type { ImportRecord, RecordKind } from './import-schema';

export type RecordOf<K extends RecordKind> = Extract<ImportRecord, { kind: K }>;

/** Natural order for paragraphs: § 5 < § 5a < § 41 < § 112 stk. 1 < § 112 stk. 2. */
export function paragraphSortKey(number: string, subsection?: number): string {
  const [, digits, letters] = /^(\d+)(.*)$/.exec(number)!;
  return `${digits.padStart(5, '0')}${letters}${subsection === undefined ? '' : `.${String(subsection).padStart(3, '0')}`}`;
}

/**
 * A ruling dated to a month or year only is stored as that period's first day (2026-01-15 with
 * MONTH becomes 2026-01-01), so the status rule ("not yet issued while decidedOn > asOf") never
 * calls it unissued on a day of the month or year it is known by.
 */
export function periodStart(date: string, precision: 'DAY' | 'MONTH' | 'YEAR' | undefined): string {
  if (precision === 'MONTH') return `${date.slice(0, 7)}-01`;
  if (precision === 'YEAR') return `${date.slice(0, 4)}-01-01`;
  return date;
}

// Lists are unique in the file (the schema says so) but two spellings of one ref ("§41" and
// "§ 41") become one key once canonical; the CREATE-only paths would then write a link twice.
const unique = (list: readonly string[] | undefined): string[] => [...new Set(list ?? [])];

// Lists and structured values of the official-corpus fields: an absent or empty one is null, so
// records without them (NDJSON, the seed) leave no property behind, as before these fields existed.
// Structured lists are stored as JSON text: Neo4j properties cannot hold lists of maps.
const listOrNull = <T>(list: readonly T[] | undefined): T[] | null => (list?.length ? [...list] : null);
const jsonOrNull = (list: readonly unknown[] | undefined): string | null =>
  list?.length ? JSON.stringify(list) : null;

// Missing optional values are written as null (not left out) so that a corrected record
// clears a value the previous import set: the latest record of a key wins, whole.
export const rows = {
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
      replaces: unique(r.replaces),
      label: r.label ?? null,
      chapter: r.chapter ?? null,
      subsectionsJson: jsonOrNull(r.subsections),
      footnotes: listOrNull(r.footnotes),
      repealed: r.repealed ?? null,
    };
  },
  lawVersion: (r: RecordOf<'lawVersion'>) => ({
    eli: r.eli,
    lawId: r.law,
    accessionNumber: r.accessionNumber ?? null,
    documentType: r.documentType ?? null,
    title: r.title ?? null,
    shortTitle: r.shortTitle ?? null,
    documentDate: r.documentDate,
    startDate: r.startDate ?? null,
    inForce: r.inForce,
    endedOn: r.endedOn ?? null,
    consolidates: listOrNull(r.consolidates),
    changedBy: listOrNull(r.changedBy),
  }),
  ruling: (r: RecordOf<'ruling'>) => ({
    number: r.number,
    title: r.title,
    summary: r.summary ?? null,
    decidedOn: periodStart(r.decidedOn, r.datePrecision),
    datePrecision: r.datePrecision ?? 'DAY',
    area: r.area,
    eli: r.eli ?? null,
    paragraphs: unique(r.paragraphs),
    cites: unique(r.cites),
    accessionNumber: r.accessionNumber ?? null,
    publishedOn: r.publishedOn ?? null,
    keywords: listOrNull(r.keywords),
    fullText: r.fullText ?? null,
    laws: unique(r.laws),
    sourcesJson: jsonOrNull(r.sources),
  }),
  consolidation: (r: RecordOf<'consolidation'>) => ({
    id: r.id,
    title: r.title ?? null,
    decidedOn: r.decidedOn,
    datePrecision: r.datePrecision ?? 'DAY',
    type: r.type,
    containsNewPractice: r.containsNewPractice,
    issued: unique(r.issued),
    repeals: r.repeals,
    sourcesJson: jsonOrNull(r.sources),
  }),
  authority: (r: RecordOf<'authority'>) => ({ code: r.code, name: r.name, type: r.type }),
  reversalReason: (r: RecordOf<'reversalReason'>) => ({ code: r.code, label: r.label }),
  complaintCase: (r: RecordOf<'complaintCase'>) => complaintCaseRow(r),
};

export type RowOf<K extends RecordKind> = ReturnType<(typeof rows)[K]>;

/**
 * A complaint case as the write statements take it. cells: the keys of the practice cells that
 * count the case (practice-cell.ts), one per distinct law of its paragraphs, so practice
 * statistics count a case once per law however many of the law's paragraphs it concerns, and
 * one of all laws. The cells themselves (every dimension) are in practiceCells, which the
 * writer MERGEs once per distinct cell of a batch rather than once per case.
 */
export function complaintCaseRow(r: RecordOf<'complaintCase'>) {
  const paragraphs = unique(r.paragraphs);
  const lawIds = [...new Set(paragraphs.map((ref) => parseParagraphRef(ref).lawId))];
  const area = r.area ?? null;
  const outcome = registeredOutcome(r.outcomes);
  const practiceCells: PracticeCell[] = practiceCellsOf({
    lawIds,
    authority: r.authority,
    decidedOn: r.decidedOn,
    area,
    outcome,
  });
  return {
    id: r.id,
    receivedOn: r.receivedOn,
    decidedOn: r.decidedOn,
    authority: r.authority,
    area,
    outcome,
    outcomes: r.outcomes,
    paragraphs,
    cells: practiceCells.map((cell) => cell.key),
    applied: unique(r.applied),
    reasons: unique(r.reasons),
    practiceCells,
  };
}

/**
 * Rows of one kind from a batch, the last record of each key only: within a batch the latest
 * record of a key wins whole (as it would written one after the other), and the CREATE-only
 * statements for new keys may see each key once.
 */
export function latestRows<K extends RecordKind>(
  records: readonly ImportRecord[],
  kind: K,
  keyOf: (row: RowOf<K>) => string,
): RowOf<K>[] {
  const build = rows[kind] as unknown as (record: RecordOf<K>) => RowOf<K>;
  const byKey = new Map<string, RowOf<K>>();
  for (const record of records) {
    if (record.kind !== kind) continue;
    const row = build(record as RecordOf<K>);
    const key = keyOf(row);
    // Deleting first moves a repeated key to the end, so rows keep the order of their latest record.
    byKey.delete(key);
    byKey.set(key, row);
  }
  return [...byKey.values()];
}
