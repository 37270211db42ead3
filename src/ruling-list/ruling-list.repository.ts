import neo4j from 'neo4j-driver';
import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import type { RulingRecord } from '../ruling/ruling.type';
import { hasDateRange, isUnfiltered, type RulingFilterParams } from './ruling-filter';

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

/** Keyset position in rulings(): the last row's sort key (decidedOn DESC, number ASC). */
export interface ListPosition {
  decidedOn: string;
  number: string;
}

/** Keyset position in searchRulings(): the last row's sort key (score DESC, number ASC). */
export interface SearchPosition {
  score: number;
  number: string;
}

export type RulingCountQuery =
  | { kind: 'list'; filter: RulingFilterParams }
  | { kind: 'search'; query: string; filter: RulingFilterParams };

export interface SearchHit {
  ruling: RulingRecord;
  score: number;
}

/** Pages of rulings by keyset cursor, and their totals. Values always go in as parameters. */
export class RulingListRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** Up to `limit` rulings after `after`, newest first. */
  async page(filter: RulingFilterParams, after: ListPosition | null, limit: number): Promise<RulingRecord[]> {
    // The seek's upper bound starts at the cursor's date, so a deep page does not first walk
    // past every ruling of the pages before it.
    const upper = after !== null && after.decidedOn < filter.decidedTo ? after.decidedOn : filter.decidedTo;
    const query = filter.paragraph === null ? queries.page : queries['page-of-paragraph'];
    const rows = await this.executor.query<{ ruling: RulingRecord }>(query, {
      ...filter,
      upper,
      after,
      limit: neo4j.int(limit),
    });
    return rows.map((row) => row.ruling);
  }

  async search(luceneQuery: string, filter: RulingFilterParams, after: SearchPosition | null, limit: number): Promise<SearchHit[]> {
    return this.executor.query<SearchHit>(queries.search, { ...filter, query: luceneQuery, after, limit: neo4j.int(limit) });
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
