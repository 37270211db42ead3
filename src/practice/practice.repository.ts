import type { Neo4jExecutor } from '../db/executor';
import type { AuthorityRecord } from '../complaint-case/authority.type';
import type { ReversalReasonRecord } from '../complaint-case/reversal-reason.type';
import type { RulingRecord } from '../ruling/ruling.type';
import type { AuthorityOrder } from './practice.args';
import { parsePracticeKey, type PracticeQuery } from './practice-query';
import type { PracticeCountsRecord } from './practice-stats.type';
import { accessPathOf, cellFilterOf, cellStatement, checksOf, isCellAggregation, practiceStatement, type Aggregation } from './practice-statement';

export interface YearCountsRecord extends PracticeCountsRecord {
  year: number;
}

export interface AuthorityCountsRecord {
  authority: AuthorityRecord;
  decided: number;
  onMerits: number;
  reversed: number;
  reversalRate: number | null;
}

export interface ByAuthorityRecord {
  authorities: AuthorityCountsRecord[];
  /** Over every authority of the filter, before ordering and cutting. */
  allOnMerits: number;
  allReversed: number;
}

export interface ReasonsRecord {
  reversed: number;
  reasons: { reason: ReversalReasonRecord; count: number; share: number }[];
}

export interface AppliedRulingRecord {
  ruling: RulingRecord;
  count: number;
}

export interface ByAuthorityOptions {
  first: number;
  orderBy: AuthorityOrder;
  minOnMerits: number;
}

// DataLoader keys are strings (an object key would never hit the cache): the filter's
// practiceKey, plus the field's own arguments where it has any.
export const byAuthorityKey = (filterKey: string, options: ByAuthorityOptions) =>
  JSON.stringify([filterKey, options.first, options.orderBy, options.minOnMerits]);
export const mostAppliedKey = (filterKey: string, first: number) => JSON.stringify([filterKey, first]);

interface Request {
  key: string;
  query: PracticeQuery;
  options?: Record<string, unknown>;
}

const ZERO_COUNTS: PracticeCountsRecord = {
  decided: 0,
  onMerits: 0,
  reversed: 0,
  reversalRate: null,
  outcomes: { upheld: 0, changed: 0, annulled: 0, remanded: 0, dismissed: 0 },
};

/**
 * Practice aggregations, each one statement for a whole batch of filters that share an access
 * path or are answered from practice cells (see practice-statement.ts); results come back in
 * the order of the keys asked, and a filter that matches no case gets zeros.
 */
export class PracticeRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async totals(keys: readonly string[]): Promise<PracticeCountsRecord[]> {
    const rows = await this.run<PracticeCountsRecord>('totals', keys.map((key) => ({ key, query: parsePracticeKey(key) })));
    return keys.map((key) => rows.get(key) ?? ZERO_COUNTS);
  }

  async byYear(keys: readonly string[]): Promise<YearCountsRecord[][]> {
    const rows = await this.run<{ years: YearCountsRecord[] }>('by-year', keys.map((key) => ({ key, query: parsePracticeKey(key) })));
    return keys.map((key) => rows.get(key)?.years ?? []);
  }

  async byAuthority(keys: readonly string[]): Promise<ByAuthorityRecord[]> {
    const requests = keys.map((key) => {
      const [filterKey, first, orderBy, minOnMerits] = JSON.parse(key) as [string, number, AuthorityOrder, number];
      return { key, query: parsePracticeKey(filterKey), options: { first, orderBy, minOnMerits } };
    });
    const rows = await this.run<ByAuthorityRecord>('by-authority', requests);
    return keys.map((key) => rows.get(key) ?? { authorities: [], allOnMerits: 0, allReversed: 0 });
  }

  async reasons(keys: readonly string[]): Promise<ReasonsRecord[]> {
    const rows = await this.run<ReasonsRecord>('reasons', keys.map((key) => ({ key, query: parsePracticeKey(key) })));
    return keys.map((key) => rows.get(key) ?? { reversed: 0, reasons: [] });
  }

  async mostAppliedRulings(keys: readonly string[]): Promise<AppliedRulingRecord[][]> {
    const requests = keys.map((key) => {
      const [filterKey, first] = JSON.parse(key) as [string, number];
      return { key, query: parsePracticeKey(filterKey), options: { first } };
    });
    const rows = await this.run<{ rulings: AppliedRulingRecord[] }>('most-applied-rulings', requests);
    return keys.map((key) => rows.get(key)?.rulings ?? []);
  }

  /**
   * One statement per shape in the batch (usually one: the same access path, or cells), run
   * side by side.
   */
  private async run<Row>(aggregation: Aggregation, requests: Request[]): Promise<Map<string, Row>> {
    const shapes = new Map<string, Record<string, unknown>[]>();
    for (const { key, query, options } of requests) {
      const cells = isCellAggregation(aggregation) ? cellFilterOf(query) : null;
      let statement: string;
      let filter: Record<string, unknown>;
      if (cells !== null && isCellAggregation(aggregation)) {
        statement = cellStatement(aggregation);
        filter = { key, ...query, ...cells, ...options };
      } else {
        const path = accessPathOf(query);
        const check = checksOf(query, path);
        statement = practiceStatement(aggregation, path, check !== null);
        filter = { key, ...query, check, ...options };
      }
      shapes.set(statement, [...(shapes.get(statement) ?? []), filter]);
    }
    const results = await Promise.all(
      [...shapes.entries()].map(([statement, filters]) => this.executor.query<Row & { key: string }>(statement, { filters })),
    );
    return new Map(results.flat().map((row) => [row.key, row]));
  }
}
