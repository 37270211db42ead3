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
  forward: keysetStatement(queries['cases-applying-rulings'], NEWEST_DECISION_FIRST, false, 'key.cursor'),
  backward: keysetStatement(queries['cases-applying-rulings'], NEWEST_DECISION_FIRST, true, 'key.cursor'),
};

/** What one page of a ruling's cases is asked by: where to start and how many to show. */
export interface CasesOfRulingKey {
  number: string;
  size: number;
  /** The cursor's position; null for the first (or, backward, the last) page. */
  cursor: { decidedOn: string; id: string } | null;
  backward: boolean;
}

export interface CasesOfRulingPage {
  /** Up to size + 1 cases in reading order: the extra one only tells that the list goes on. */
  cases: ComplaintCaseRecord[];
  totalCount: number;
}

/** DataLoader keys must be strings to hit the cache. */
export function casesOfRulingKey(key: CasesOfRulingKey): string {
  return JSON.stringify([key.number, key.size, key.cursor?.decidedOn ?? null, key.cursor?.id ?? null, key.backward]);
}

export function parseCasesOfRulingKey(text: string): CasesOfRulingKey {
  const [number, size, decidedOn, id, backward] = JSON.parse(text) as [
    string,
    number,
    string | null,
    string | null,
    boolean,
  ];
  return { number, size, cursor: decidedOn === null || id === null ? null : { decidedOn, id }, backward };
}

/** Batch reads keyed as the DataLoaders ask; results come back in the order of the keys. */
export class ComplaintCaseRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async casesOfRulings(keys: readonly string[]): Promise<CasesOfRulingPage[]> {
    const parsed = keys.map(parseCasesOfRulingKey);
    const found = new Map<string, { totalCount: number; cases: ComplaintCaseRecord[] }>();
    // One statement per reading direction present in the batch (an ORDER BY has one direction).
    for (const backward of [false, true]) {
      const indexes = parsed.flatMap((key, index) => (key.backward === backward ? [index] : []));
      if (indexes.length === 0) continue;
      // One LIMIT for the batch (a statement cannot take a per-row LIMIT); each page is cut to
      // its own size below.
      const limit = Math.max(...indexes.map((index) => parsed[index].size)) + 1;
      const rows = await this.executor.query<{ key: string; totalCount: number; cases: ComplaintCaseRecord[] }>(
        backward ? casesStatements.backward : casesStatements.forward,
        {
          keys: indexes.map((index) => ({
            key: keys[index],
            number: parsed[index].number,
            cursor: parsed[index].cursor && [parsed[index].cursor!.decidedOn, parsed[index].cursor!.id],
          })),
          // LIMIT takes an integer; the driver would send a JS number as a float.
          limit: int(limit),
        },
      );
      for (const row of rows) found.set(row.key, row);
    }
    return parsed.map((key, index) => {
      const row = found.get(keys[index]);
      return { cases: row ? row.cases.slice(0, key.size + 1) : [], totalCount: row?.totalCount ?? 0 };
    });
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
