import { int } from 'neo4j-driver';
import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import { keysetStatement, type SortKey } from '../graphql/keyset';
import type { AuthorityRecord } from './authority.type';
import type { ComplaintCaseRecord } from './complaint-case.type';
import type { ReversalReasonRecord } from './reversal-reason.type';

const queries = loadQueries('complaint-case', [
  'cases-applying-rulings',
  'authorities-by-codes',
  'reversal-reasons-by-codes',
  'authorities-page',
  'all-reversal-reasons',
  'by-ids',
] as const);

const BY_NAME: SortKey[] = [
  { expr: 'a.name', direction: 'ASC' },
  { expr: 'a.code', direction: 'ASC' },
];
const authorityStatements = {
  forward: keysetStatement(queries['authorities-page'], BY_NAME, false),
  backward: keysetStatement(queries['authorities-page'], BY_NAME, true),
};

/** The order of every list of complaint cases: newest decision first, ties by case id. */
export const NEWEST_DECISION_FIRST: SortKey[] = [
  { expr: 'c.decidedOn', direction: 'DESC' },
  { expr: 'c.id', direction: 'ASC' },
];
const casesStatements = {
  forward: keysetStatement(queries['cases-applying-rulings'], NEWEST_DECISION_FIRST, false, 'cursor'),
  backward: keysetStatement(queries['cases-applying-rulings'], NEWEST_DECISION_FIRST, true, 'cursor'),
};

/** What one page of a ruling's cases is asked by: where to start and how many to show. */
export interface CasesOfRulingKey {
  number: string;
  size: number;
  /** The cursor's position; null for the first (or, backward, the last) page. */
  cursor: { decidedOn: string; id: string } | null;
  backward: boolean;
}

/** The cursor as the statement compares it: [decidedOn, id], or null for the first page. */
export function cursorParameter(key: CasesOfRulingKey): [string, string] | null {
  return key.cursor && [key.cursor.decidedOn, key.cursor.id];
}

export interface CasesOfRulingPage {
  /** Up to size + 1 cases in reading order: the extra one only tells that the list goes on. */
  cases: ComplaintCaseRecord[];
  totalCount: number;
}

/** Batch reads keyed as the DataLoaders ask; results come back in the order of the keys. */
export class ComplaintCaseRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async casesOfRulings(keys: readonly CasesOfRulingKey[]): Promise<CasesOfRulingPage[]> {
    const pages: CasesOfRulingPage[] = keys.map(() => ({ cases: [], totalCount: 0 }));
    // One statement per reading direction present in the batch (an ORDER BY has one direction).
    for (const backward of [false, true]) {
      const indexes = keys.flatMap((key, index) => (key.backward === backward ? [index] : []));
      if (indexes.length === 0) continue;
      // One LIMIT for the batch (a statement cannot take a per-row LIMIT); each page is cut to
      // its own size below.
      const limit = Math.max(...indexes.map((index) => keys[index].size)) + 1;
      const rows = await this.executor.query<{ i: number; value: CasesOfRulingPage }>(
        backward ? casesStatements.backward : casesStatements.forward,
        {
          keys: indexes.map((index) => ({ number: keys[index].number, cursor: cursorParameter(keys[index]) })),
          // LIMIT takes an integer; the driver would send a JS number as a float.
          limit: int(limit),
        },
      );
      for (const { i, value } of rows) {
        const index = indexes[i];
        pages[index] = { totalCount: value.totalCount, cases: value.cases.slice(0, keys[index].size + 1) };
      }
    }
    return pages;
  }

  /** Up to `limit` authorities strictly beyond the cursor [name, code], by name (backward: nearest first). */
  async authorities(
    kind: string | null,
    cursor: unknown[] | null,
    backward: boolean,
    limit: number,
  ): Promise<AuthorityRecord[]> {
    const rows = await this.executor.query<{ authority: AuthorityRecord }>(
      backward ? authorityStatements.backward : authorityStatements.forward,
      {
        kind,
        cursor,
        limit: int(limit),
      },
    );
    return rows.map((row) => row.authority);
  }

  async allReversalReasons(): Promise<ReversalReasonRecord[]> {
    return (await this.executor.query<{ reason: ReversalReasonRecord }>(queries['all-reversal-reasons'])).map(
      (row) => row.reason,
    );
  }

  async byIds(ids: readonly string[]): Promise<(ComplaintCaseRecord | null)[]> {
    const rows = await this.executor.query<{ complaintCase: ComplaintCaseRecord }>(queries['by-ids'], { ids });
    const found = new Map(rows.map((row) => [row.complaintCase.id, row.complaintCase]));
    return ids.map((id) => found.get(id) ?? null);
  }

  async authoritiesByCodes(codes: readonly string[]): Promise<(AuthorityRecord | null)[]> {
    const rows = await this.executor.query<{ authority: AuthorityRecord }>(queries['authorities-by-codes'], { codes });
    const found = new Map(rows.map((row) => [row.authority.code, row.authority]));
    return codes.map((code) => found.get(code) ?? null);
  }

  async reversalReasonsByCodes(codes: readonly string[]): Promise<(ReversalReasonRecord | null)[]> {
    const rows = await this.executor.query<{ reason: ReversalReasonRecord }>(queries['reversal-reasons-by-codes'], {
      codes,
    });
    const found = new Map(rows.map((row) => [row.reason.code, row.reason]));
    return codes.map((code) => found.get(code) ?? null);
  }
}
