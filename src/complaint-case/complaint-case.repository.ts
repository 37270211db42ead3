import { int } from 'neo4j-driver';
import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import type { AuthorityRecord } from './authority.type';
import type { ComplaintCaseRecord } from './complaint-case.type';
import type { ReversalReasonRecord } from './reversal-reason.type';

const queries = loadQueries('complaint-case', ['cases-applying-rulings', 'authorities-by-codes', 'reversal-reasons-by-codes'] as const);

/** What one page of a ruling's cases is asked by: where to start and how many to show. */
export interface CasesOfRulingKey {
  number: string;
  size: number;
  after: { decidedOn: string; id: string } | null;
}

export interface CasesOfRulingPage {
  /** Up to size + 1 cases: the extra one only tells that a next page exists. */
  cases: ComplaintCaseRecord[];
  totalCount: number;
}

/** DataLoader keys must be strings to hit the cache. */
export function casesOfRulingKey(key: CasesOfRulingKey): string {
  return JSON.stringify([key.number, key.size, key.after?.decidedOn ?? null, key.after?.id ?? null]);
}

export function parseCasesOfRulingKey(text: string): CasesOfRulingKey {
  const [number, size, decidedOn, id] = JSON.parse(text) as [string, number, string | null, string | null];
  return { number, size, after: decidedOn === null || id === null ? null : { decidedOn, id } };
}

/** Batch reads keyed as the DataLoaders ask; results come back in the order of the keys. */
export class ComplaintCaseRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async casesOfRulings(keys: readonly string[]): Promise<CasesOfRulingPage[]> {
    const parsed = keys.map(parseCasesOfRulingKey);
    // One LIMIT for the batch (a statement cannot take a per-row LIMIT); each page is cut to
    // its own size below.
    const limit = Math.max(...parsed.map((key) => key.size)) + 1;
    const rows = await this.executor.query<{ key: string; totalCount: number; cases: ComplaintCaseRecord[] }>(
      queries['cases-applying-rulings'],
      {
        keys: parsed.map((key, index) => ({
          key: keys[index],
          number: key.number,
          afterDecidedOn: key.after?.decidedOn ?? null,
          afterId: key.after?.id ?? null,
        })),
        // LIMIT takes an integer; the driver would send a JS number as a float.
        limit: int(limit),
      },
    );
    const found = new Map(rows.map((row) => [row.key, row]));
    return parsed.map((key, index) => {
      const row = found.get(keys[index]);
      return { cases: row ? row.cases.slice(0, key.size + 1) : [], totalCount: row?.totalCount ?? 0 };
    });
  }

  async authoritiesByCodes(codes: readonly string[]): Promise<(AuthorityRecord | null)[]> {
    const rows = await this.executor.query<{ authority: AuthorityRecord }>(queries['authorities-by-codes'], { codes });
    const found = new Map(rows.map((row) => [row.authority.code, row.authority]));
    return codes.map((code) => found.get(code) ?? null);
  }

  async reversalReasonsByCodes(codes: readonly string[]): Promise<(ReversalReasonRecord | null)[]> {
    const rows = await this.executor.query<{ reason: ReversalReasonRecord }>(queries['reversal-reasons-by-codes'], { codes });
    const found = new Map(rows.map((row) => [row.reason.code, row.reason]));
    return codes.map((code) => found.get(code) ?? null);
  }
}
