import neo4j from 'neo4j-driver';
import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import { keysetStatement, type SortKey } from '../graphql/keyset';
import type { RulingRecord } from '../ruling/ruling.type';
import { hasDateRange, isUnfiltered, type RulingFilterParams } from './ruling-filter';
import { listSortKeys, RulingOrderField, searchSortKeys, type RulingOrder, RulingSearchOrder } from './ruling-order';

const queries = loadQueries('ruling-list', [
  'page',
  'page-of-paragraph',
  'count-all',
  'count',
  'count-in-area',
  'count-of-law',
  'count-of-paragraph',
  'search',
  'search-count',
] as const);

/** Where a page starts: the cursor's sort-key values (null for the first page), and which way it reads. */
export interface PageSeek {
  cursor: unknown[] | null;
  backward: boolean;
}

export type RulingCountQuery =
  { kind: 'list'; filter: RulingFilterParams } | { kind: 'search'; query: string; filter: RulingFilterParams };

export interface SearchHit {
  ruling: RulingRecord;
  score: number;
  /** 0 in force, 1 partly repealed, 2 not yet issued, 3 repealed, on the filter's asOf. */
  standing: number;
  /** Ruling.fullText where the graph holds it, for the hit's snippet. */
  fullText: string | null;
}

/** Statements by template, order and direction, built once each. */
const built = new Map<string, string>();
function statement(
  template: 'page' | 'page-of-paragraph' | 'search',
  keys: readonly SortKey[],
  backward: boolean,
): string {
  const id = `${template}|${JSON.stringify(keys)}|${backward}`;
  let text = built.get(id);
  if (text === undefined) built.set(id, (text = keysetStatement(queries[template], keys, backward)));
  return text;
}

/** Pages of rulings by keyset cursor, and their totals. Values always go in as parameters. */
export class RulingListRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** Up to `limit` rulings strictly beyond the cursor in `order` (backward: before it, nearest first). */
  async page(filter: RulingFilterParams, order: RulingOrder, seek: PageSeek, limit: number): Promise<RulingRecord[]> {
    const keys = listSortKeys(order);
    const rows = await this.executor.query<{ ruling: RulingRecord }>(
      statement(filter.paragraph === null ? 'page' : 'page-of-paragraph', keys, seek.backward),
      { ...filter, ...dateBounds(filter, order, seek), cursor: seek.cursor, limit: neo4j.int(limit) },
    );
    return rows.map((row) => row.ruling);
  }

  async search(
    luceneQuery: string,
    filter: RulingFilterParams,
    order: RulingSearchOrder,
    seek: PageSeek,
    limit: number,
    /** Whether to return each hit's full text, for its snippet. */
    snippets = true,
  ): Promise<SearchHit[]> {
    return this.executor.query<SearchHit>(statement('search', searchSortKeys(order), seek.backward), {
      ...filter,
      query: luceneQuery,
      cursor: seek.cursor,
      limit: neo4j.int(limit),
      // Only the best hits can make a page by relevance read forward (search.cypher).
      window: order === RulingSearchOrder.RELEVANCE && !seek.backward && filter.statuses === null,
      // Hit dates are read only when a range is given (hit-filters.cypher).
      dated: hasDateRange(filter),
      snippets,
    });
  }

  /**
   * The total for a list or search, never reading more rulings than the narrowest filter
   * allows: the count store when nothing is filtered, else a start from the paragraph, the
   * law's paragraphs, the area index or the date index, in that order of preference.
   */
  async count(query: RulingCountQuery): Promise<number> {
    const [row] = await this.executor.query<{ total: number }>(countStatement(query), {
      ...query.filter,
      query: query.kind === 'search' ? query.query : null,
      dated: hasDateRange(query.filter),
    });
    return row?.total ?? 0;
  }
}

function countStatement(query: RulingCountQuery): string {
  const { filter } = query;
  if (query.kind === 'search') return queries['search-count'];
  if (isUnfiltered(filter)) return queries['count-all'];
  if (filter.paragraph !== null) return queries['count-of-paragraph'];
  if (filter.law !== null) return queries['count-of-law'];
  if (filter.area !== null && !hasDateRange(filter)) return queries['count-in-area'];
  return queries.count;
}

/**
 * The date range a page by date reads, narrowed to the cursor's date on the side being read
 * (below it going towards older rulings, above it going towards newer), so a deep page does not
 * first walk past every ruling of the pages before it.
 */
function dateBounds(filter: RulingFilterParams, order: RulingOrder, seek: PageSeek): { lower: string; upper: string } {
  const bounds = { lower: filter.decidedFrom, upper: filter.decidedTo };
  if (order.field !== RulingOrderField.DECIDED_ON || seek.cursor === null) return bounds;
  const date = seek.cursor[0] as string;
  const towardsOlder = (order.direction === 'DESC') !== seek.backward;
  if (towardsOlder && date < bounds.upper) bounds.upper = date;
  if (!towardsOlder && date > bounds.lower) bounds.lower = date;
  return bounds;
}
