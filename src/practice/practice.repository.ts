import { int } from 'neo4j-driver';
import type { FragmentNarrowing } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import type { AuthorityRecord } from '../complaint-case/authority.type';
import type { ComplaintCaseRecord } from '../complaint-case/complaint-case.type';
import type { Outcome } from '../complaint-case/registered-outcome';
import type { ReversalReasonRecord } from '../complaint-case/reversal-reason.type';
import type { RulingRecord } from '../ruling/ruling.type';
import type { AuthorityOrder } from './practice.args';
import { parsePracticeKey, type PracticeQuery } from './practice-query';
import type { PracticeCountsRecord } from './practice-stats.type';
import { periodOf, type PeriodRow } from './period-row';
import {
  accessPathOf,
  cellFilterOf,
  cellCriteria,
  cellStatement,
  cellStatementFor,
  cellStatementParts,
  checksOf,
  isCellAggregation,
  practiceStatement,
  type Aggregation,
  type CellAggregation,
} from './practice-statement';

/** One period of by-period.cypher (period-row.ts: how its row carries it). */
export interface PeriodCountsRecord extends PracticeCountsRecord {
  /** The authority's code when broken down by authority, else null. */
  code: string | null;
  year: number;
  /** 1 to 4 when broken down by quarter, else null. */
  quarter: number | null;
}

export interface PeriodOptions {
  byAuthority: boolean;
  quarters: boolean;
}

/** Where a page of PracticeStats.cases starts and what it holds. */
export interface CasePageOptions {
  size: number;
  /** The cursor's position; null for the first (or, backward, the last) page. */
  cursor: { decidedOn: string; id: string } | null;
  backward: boolean;
  /** Registered outcomes to keep; null keeps every case. */
  outcomes: Outcome[] | null;
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
export const byPeriodKey = (filterKey: string, options: PeriodOptions) =>
  JSON.stringify([filterKey, options.byAuthority, options.quarters]);
export const casePageKey = (filterKey: string, options: CasePageOptions) =>
  JSON.stringify([
    filterKey,
    options.size,
    options.cursor?.decidedOn ?? null,
    options.cursor?.id ?? null,
    options.backward,
    options.outcomes,
  ]);

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

/** The statement that answers one request, and the request as that statement's $filters row. */
function statementFor(
  aggregation: Aggregation,
  { key, query, options }: Request,
  { backward = false, alone = false }: { backward?: boolean; alone?: boolean } = {},
): { statement: string; filter: Record<string, unknown>; cells?: CellAggregation; criteria?: FragmentNarrowing } {
  // Cells count whole years: a breakdown by quarter reads the cases.
  const cells = isCellAggregation(aggregation) && options?.quarters !== true ? cellFilterOf(query) : null;
  if (cells !== null && isCellAggregation(aggregation)) {
    // A statement for this filter alone tests only the criteria it sets; a batch's, all.
    const criteria = alone ? cellCriteria(query, cells) : undefined;
    return {
      statement: criteria ? cellStatementFor(aggregation, criteria) : cellStatement(aggregation),
      filter: { key, ...query, ...cells, ...options },
      cells: aggregation,
      criteria,
    };
  }
  const path = accessPathOf(query);
  const check = checksOf(query, path);
  return {
    statement: practiceStatement(aggregation, path, check !== null, backward),
    filter: { key, ...query, check, ...options },
  };
}

/** How each practice loader's keys become requests, and the rows of its statement answers. */
const LOADS = {
  totals: {
    aggregation: 'totals',
    columns: ['key', 'decided', 'onMerits', 'reversed', 'reversalRate', 'outcomes'],
    request: (key: string): Request => ({ key, query: parsePracticeKey(key) }),
    answer: (row: PracticeCountsRecord | undefined): PracticeCountsRecord => row ?? ZERO_COUNTS,
  },
  byPeriod: {
    aggregation: 'by-period',
    columns: ['key', 'periods'],
    request: (key: string): Request => {
      const [filterKey, byAuthority, quarters] = JSON.parse(key) as [string, boolean, boolean];
      return { key, query: parsePracticeKey(filterKey), options: { byAuthority, quarters } };
    },
    answer: (row: { periods: PeriodRow[] } | undefined): PeriodCountsRecord[] => row?.periods.map(periodOf) ?? [],
  },
  byAuthority: {
    aggregation: 'by-authority',
    columns: ['key', 'allOnMerits', 'allReversed', 'authorities'],
    request: (key: string): Request => {
      const [filterKey, first, orderBy, minOnMerits] = JSON.parse(key) as [string, number, AuthorityOrder, number];
      return { key, query: parsePracticeKey(filterKey), options: { first, orderBy, minOnMerits } };
    },
    answer: (row: ByAuthorityRecord | undefined): ByAuthorityRecord =>
      row ?? { authorities: [], allOnMerits: 0, allReversed: 0 },
  },
  reasons: {
    aggregation: 'reasons',
    columns: ['key', 'reversed', 'reasons'],
    request: (key: string): Request => ({ key, query: parsePracticeKey(key) }),
    answer: (row: ReasonsRecord | undefined): ReasonsRecord => row ?? { reversed: 0, reasons: [] },
  },
  mostAppliedRulings: {
    aggregation: 'most-applied-rulings',
    columns: ['key', 'rulings'],
    request: (key: string): Request => {
      const [filterKey, first] = JSON.parse(key) as [string, number];
      return { key, query: parsePracticeKey(filterKey), options: { first } };
    },
    answer: (row: { rulings: AppliedRulingRecord[] } | undefined): AppliedRulingRecord[] => row?.rulings ?? [],
  },
} as const satisfies Record<string, Load<unknown, unknown>>;

interface Load<Row, Value> {
  aggregation: Aggregation;
  /** The statement's RETURN columns, for embedding it in a larger statement (src/graphql/planner/). */
  columns: readonly string[];
  request(key: string): Request;
  answer(row: Row | undefined): Value;
}

export type PracticeLoad = keyof typeof LOADS;
type ValueOf<L extends PracticeLoad> = ReturnType<(typeof LOADS)[L]['answer']>;

/** One loader key's statement on its own, to be embedded as a subquery: its rows answer the key. */
export interface PracticePart<L extends PracticeLoad = PracticeLoad> {
  statement: string;
  parameters: Record<string, unknown>;
  columns: readonly string[];
  answer(rows: readonly Record<string, unknown>[]): ValueOf<L>;
  /**
   * For an aggregation read from practice cells: which cells it reads (parts with the same
   * criteria can read them once) and its statement cut at the join line (practice-statement.ts).
   */
  cells: { criteria: string; head: string; rest: string } | null;
}

export function practicePart<L extends PracticeLoad>(load: L, key: string): PracticePart<L> {
  const spec = LOADS[load] as unknown as Load<unknown, ValueOf<L>>;
  const { statement, filter, cells, criteria } = statementFor(spec.aggregation, spec.request(key), { alone: true });
  const sharedBy = [filter.cellLaw, filter.authority, filter.area, filter.fromYear, filter.toYear];
  return {
    statement,
    parameters: { filters: [filter] },
    columns: spec.columns,
    answer: (rows) => spec.answer(rows.find((row) => row.key === key)),
    cells: cells ? { criteria: JSON.stringify(sharedBy), ...cellStatementParts(cells, criteria) } : null,
  };
}

/**
 * Practice aggregations, each one statement for a whole batch of filters that share an access
 * path or are answered from practice cells (see practice-statement.ts); results come back in
 * the order of the keys asked, and a filter that matches no case gets zeros.
 */
export class PracticeRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  totals(keys: readonly string[]): Promise<PracticeCountsRecord[]> {
    return this.load('totals', keys);
  }

  /** Ordered by authority code (with byAuthority), year and quarter. */
  byPeriod(keys: readonly string[]): Promise<PeriodCountsRecord[][]> {
    return this.load('byPeriod', keys);
  }

  /**
   * Up to size + 1 cases of each page (the extra one only tells that a next page exists). One
   * statement per page, so each has its own LIMIT; a response rarely holds more than one.
   */
  async casePages(keys: readonly string[]): Promise<ComplaintCaseRecord[][]> {
    return Promise.all(
      keys.map(async (key) => {
        const [filterKey, size, decidedOn, id, backward, outcomes] = JSON.parse(key) as [
          string,
          number,
          string | null,
          string | null,
          boolean,
          string[] | null,
        ];
        const cursor = decidedOn === null || id === null ? null : [decidedOn, id];
        const { statement, filter } = statementFor(
          'case-page',
          { key, query: parsePracticeKey(filterKey), options: { cursor, outcomes } },
          { backward },
        );
        // LIMIT takes an integer; the driver would send a JS number as a float.
        const rows = await this.executor.query<{ record: ComplaintCaseRecord }>(statement, {
          filters: [filter],
          limit: int(size + 1),
        });
        return rows.map((row) => row.record);
      }),
    );
  }

  byAuthority(keys: readonly string[]): Promise<ByAuthorityRecord[]> {
    return this.load('byAuthority', keys);
  }

  reasons(keys: readonly string[]): Promise<ReasonsRecord[]> {
    return this.load('reasons', keys);
  }

  mostAppliedRulings(keys: readonly string[]): Promise<AppliedRulingRecord[][]> {
    return this.load('mostAppliedRulings', keys);
  }

  private async load<L extends PracticeLoad>(load: L, keys: readonly string[]): Promise<ValueOf<L>[]> {
    const spec = LOADS[load] as unknown as Load<unknown, ValueOf<L>>;
    const rows = await this.run<unknown>(spec.aggregation, keys.map(spec.request));
    return keys.map((key) => spec.answer(rows.get(key)));
  }

  /**
   * One statement per shape in the batch (usually one: the same access path, or cells), run
   * side by side.
   */
  private async run<Row>(aggregation: Aggregation, requests: Request[]): Promise<Map<string, Row>> {
    const shapes = new Map<string, Record<string, unknown>[]>();
    for (const request of requests) {
      const { statement, filter } = statementFor(aggregation, request);
      shapes.set(statement, [...(shapes.get(statement) ?? []), filter]);
    }
    const results = await Promise.all(
      [...shapes.entries()].map(([statement, filters]) =>
        this.executor.query<Row & { key: string }>(statement, { filters }),
      ),
    );
    return new Map(results.flat().map((row) => [row.key, row]));
  }
}
