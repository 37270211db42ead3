import { loadQueries } from '../db/cypher-registry';
import type { Params } from '../db/executor';
import type { RowOf } from './batch-rows';
import type { RecordKind } from './import-schema';

const queries = loadQueries('importer', [
  'stored-law-states',
  'stored-paragraph-states',
  'stored-ruling-states',
  'stored-law-version-states',
  'stored-consolidation-states',
  'stored-authority-states',
  'stored-reversal-reason-states',
  'stored-complaint-case-states',
] as const);

export const CHANGES = ['created', 'updated', 'unchanged'] as const;
export type Change = (typeof CHANGES)[number];
export type ChangeCounts = Partial<Record<RecordKind, Record<Change, number>>>;

/** Counts of what an import did per kind: a key is created, updated, or left as it was. */
export class ChangeTally {
  readonly counts: ChangeCounts = {};

  add(kind: RecordKind, change: Change, count = 1): void {
    if (count === 0) return;
    const counts = (this.counts[kind] ??= { created: 0, updated: 0, unchanged: 0 });
    counts[change] += count;
  }

  addAll(other: ChangeTally): void {
    for (const [kind, counts] of Object.entries(other.counts) as [RecordKind, Record<Change, number>][]) {
      for (const change of CHANGES) this.add(kind, change, counts[change]);
    }
  }
}

/** A row as the writer holds it; complaint cases name their practice cells by key only. */
export type ComparedRow<K extends RecordKind> = K extends 'complaintCase' ? Omit<RowOf<K>, 'practiceCells'> : RowOf<K>;
type Stored = Record<string, unknown>;
const sorted = (list: unknown): string => JSON.stringify(Array.isArray(list) ? [...list].map(String).sort() : []);
const sameProps = (row: Stored, stored: Stored, names: readonly string[]) =>
  names.every((name) => (row[name] ?? null) === (stored[name] ?? null));
const sameSet = (mine: readonly string[], theirs: unknown) => sorted(mine) === sorted(theirs);
// Lists stored as properties keep their order; a missing list and null are the same.
const sameList = (mine: readonly unknown[] | null, theirs: unknown) =>
  JSON.stringify(mine ?? null) === JSON.stringify(theirs ?? null);

/**
 * Per kind: the statement reading the stored state, the row's key, and whether writing the row
 * would leave that state as it is (the write statements in batch-writer.ts decide what "as it
 * is" means: a record states its links in full, except successions, which are only ever added).
 */
interface Comparison<K extends RecordKind> {
  query: string;
  key: (row: ComparedRow<K>) => string;
  same: (row: ComparedRow<K>, stored: Stored) => boolean;
}

const COMPARISONS: { [K in RecordKind]: Comparison<K> } = {
  law: {
    query: queries['stored-law-states'],
    key: (row) => row.id,
    same: (row, stored) => sameProps(row, stored, ['title', 'shortTitle', 'eli']),
  },
  paragraph: {
    query: queries['stored-paragraph-states'],
    key: (row) => row.ref,
    same: (row, stored) => {
      const successions = new Set(stored.replaces as string[]);
      const succeeded = (old: string) => successions.has(`${old} on ${row.validFrom ?? '-'}`);
      return (
        sameProps(row, stored, ['title', 'validFrom', 'validTo', 'label', 'chapter', 'subsectionsJson', 'repealed']) &&
        sameList(row.footnotes, stored.footnotes) &&
        row.replaces.every(succeeded)
      );
    },
  },
  ruling: {
    query: queries['stored-ruling-states'],
    key: (row) => row.number,
    same: (row, stored) =>
      sameProps(row, stored, [
        'title',
        'summary',
        'decidedOn',
        'datePrecision',
        'area',
        'eli',
        'accessionNumber',
        'publishedOn',
        'fullText',
        'sourcesJson',
      ]) &&
      sameList(row.keywords, stored.keywords) &&
      sameSet(row.paragraphs, stored.paragraphs) &&
      sameSet(row.cites, stored.cites) &&
      sameSet(row.laws, stored.laws),
  },
  lawVersion: {
    query: queries['stored-law-version-states'],
    key: (row) => row.eli,
    same: (row, stored) =>
      sameProps(row, stored, [
        'lawId',
        'accessionNumber',
        'documentType',
        'title',
        'shortTitle',
        'documentDate',
        'startDate',
        'inForce',
        'endedOn',
      ]) &&
      sameList(row.consolidates, stored.consolidates) &&
      sameList(row.changedBy, stored.changedBy),
  },
  consolidation: {
    query: queries['stored-consolidation-states'],
    key: (row) => row.id,
    same: (row, stored) =>
      sameProps({ ...row, kind: row.type }, stored, [
        'title',
        'decidedOn',
        'datePrecision',
        'kind',
        'containsNewPractice',
        'sourcesJson',
      ]) &&
      sameSet(row.issued, stored.issued) &&
      sameSet(
        row.repeals.map((repeal) => `${repeal.ruling} ${repeal.extent}`),
        stored.repeals,
      ),
  },
  authority: {
    query: queries['stored-authority-states'],
    key: (row) => row.code,
    same: (row, stored) => sameProps({ ...row, kind: row.type }, stored, ['name', 'kind']),
  },
  reversalReason: {
    query: queries['stored-reversal-reason-states'],
    key: (row) => row.code,
    same: (row, stored) => sameProps(row, stored, ['label']),
  },
  complaintCase: {
    query: queries['stored-complaint-case-states'],
    key: (row) => row.id,
    same: (row, stored) =>
      sameProps(row, stored, ['receivedOn', 'decidedOn', 'outcome', 'area']) &&
      JSON.stringify(row.outcomes) === JSON.stringify(stored.outcomes) &&
      sameSet([row.authority], stored.against) &&
      sameSet(row.paragraphs, stored.paragraphs) &&
      sameSet(row.applied, stored.applied) &&
      sameSet(row.reasons, stored.reasons) &&
      sameSet(row.cells, stored.cells),
  },
};

/**
 * Counts the rows of one kind into the tally as created, updated or unchanged, reading their
 * stored state in the write transaction before it writes them. Keys known to be new (the
 * writer's own lookup said so) are counted as created without a read, so a first import of a
 * large file reads nothing more than it did. A key repeated in a batch counts once, by its last row.
 */
export async function countChanges<K extends RecordKind>(
  run: (query: string, params: Params) => Promise<{ key: string; state: Stored }[]>,
  kind: K,
  rows: readonly ComparedRow<K>[],
  tally: ChangeTally,
  knownNew: readonly ComparedRow<K>[] = [],
): Promise<void> {
  tally.add(kind, 'created', knownNew.length);
  if (rows.length === 0) return;
  const comparison = COMPARISONS[kind] as Comparison<K>;
  const latest = new Map(rows.map((row) => [comparison.key(row), row]));
  const stored = new Map(
    (await run(comparison.query, { keys: [...latest.keys()] })).map((found) => [found.key, found.state]),
  );
  for (const [key, row] of latest) {
    const state = stored.get(key);
    tally.add(kind, state === undefined ? 'created' : comparison.same(row, state) ? 'unchanged' : 'updated');
  }
}
