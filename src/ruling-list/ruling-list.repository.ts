import neo4j from 'neo4j-driver';
import { loadQueries, narrowedQuery } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import { keysetStatement, type SortKey } from '../graphql/keyset';
import { collectedPage, type AttachedNodes, type CollectedPage } from '../graphql/planner/attached-nodes';
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

/** The columns of search.cypher's rows, as SearchHit names them. */
const SEARCH_HIT_COLUMNS = ['ruling', 'score', 'standing', 'fullText'];

/** Statements by template, order, direction, index range and search filters, built once each. */
const built = new Map<string, string>();
function statement(
  template: 'page' | 'page-of-paragraph' | 'search',
  keys: readonly SortKey[],
  backward: boolean,
  { indexSeek = '', filter, properties }: StatementOptions = {},
): string {
  const parts = filter ? hitFilters(filter) : [];
  const id = JSON.stringify([template, keys, backward, indexSeek, parts, properties ?? null]);
  let text = built.get(id);
  if (text === undefined) {
    const base =
      filter || properties
        ? narrowedQuery('ruling-list', template, {
            parts: new Set(parts),
            properties: properties ? { 'projection/ruling': properties } : {},
          })
        : queries[template];
    // Statements differ only by the choice of text, of which there are few: the cache stays small.
    built.set(id, (text = keysetStatement(base.replace('{{indexSeek}}', indexSeek), keys, backward)));
  }
  return text;
}

interface StatementOptions {
  indexSeek?: string;
  /** A search's filter, whose set filters alone are tested (hitFilters). */
  filter?: RulingFilterParams;
  /** The ruling properties to return (the query's and the cursor's); all when not given. */
  properties?: readonly string[];
}

/**
 * The sections of cypher/fragments/ruling-list/hit-filters.cypher a search needs: only the
 * filters it sets, since each is otherwise tested on every hit for nothing.
 */
function hitFilters(filter: RulingFilterParams): string[] {
  return [
    hasDateRange(filter) && 'hitDated',
    filter.area !== null && 'hitArea',
    filter.law !== null && 'hitLaw',
    filter.paragraph !== null && 'hitParagraph',
  ].filter((part): part is string => part !== false);
}

/** The date index between $lower and $upper (dateBounds). */
const DATE_SEEK = 'r.decidedOn >= $lower AND r.decidedOn <= $upper';
/**
 * Pages by title or number walk that property's index (ruling_title, the ruling_number
 * constraint's) from $textFrom up or from $textTo down (textBounds): a first page of 50 by title
 * read 20,000 rulings by date and sorted them (60,205 db hits), now about 50 (362). Only without
 * a date range: with one, the date index reads just the rulings in it, where walking titles
 * would read every ruling outside the range too.
 */
const TEXT_SEEK: Partial<Record<RulingOrderField, string>> = {
  [RulingOrderField.TITLE]: 'r.title >= $textFrom AND ($textTo IS NULL OR r.title <= $textTo)',
  [RulingOrderField.NUMBER]: 'r.number >= $textFrom AND ($textTo IS NULL OR r.number <= $textTo)',
};

function indexSeekOf(filter: RulingFilterParams, order: RulingOrder): string {
  return (!hasDateRange(filter) && TEXT_SEEK[order.field]) || DATE_SEEK;
}

/** Pages of rulings by keyset cursor, and their totals. Values always go in as parameters. */
export class RulingListRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /**
   * Up to `limit` rulings strictly beyond the cursor in `order` (backward: before it, nearest
   * first), each with `properties` (all where not given).
   */
  async page(
    filter: RulingFilterParams,
    order: RulingOrder,
    seek: PageSeek,
    limit: number,
    properties?: readonly string[],
    /** The fields asked of the page's rulings, compiled by the query planner: read in the same statement. */
    attached: AttachedNodes | null = null,
  ): Promise<RulingRecord[]> {
    const keys = listSortKeys(order);
    const text =
      filter.paragraph === null
        ? statement('page', keys, seek.backward, { indexSeek: indexSeekOf(filter, order), properties })
        : statement('page-of-paragraph', keys, seek.backward, { properties });
    const rows = await this.rowsWith<{ ruling: RulingRecord }>(text, ['ruling'], attached, {
      ...filter,
      ...dateBounds(filter, order, seek),
      ...textBounds(order, seek),
      cursor: seek.cursor,
      limit: neo4j.int(limit),
    });
    return rows.map((row) => row.ruling);
  }

  /**
   * The rows of `text`, collected into one record (collectedPage), with `attached` run on their
   * rulings in the same statement where given.
   */
  private async rowsWith<Row>(
    text: string,
    columns: readonly string[],
    attached: AttachedNodes | null,
    parameters: Record<string, unknown>,
  ): Promise<Row[]> {
    const statement = collectedPage(text, columns, attached && { nodes: attached, keyOf: 'ruling.number' });
    const [result] = await this.executor.query<CollectedPage<Row>>(statement, {
      ...parameters,
      ...attached?.parameters,
    });
    attached?.prime(result.attached);
    return result.page;
  }

  async search(
    luceneQuery: string,
    filter: RulingFilterParams,
    order: RulingSearchOrder,
    seek: PageSeek,
    limit: number,
    /** Whether to return each hit's full text, for its snippet. */
    snippets = true,
    /** The ruling properties to return; all where not given. */
    properties?: readonly string[],
    /** The fields asked of the hits' rulings, compiled by the query planner: read in the same statement. */
    attached: AttachedNodes | null = null,
  ): Promise<SearchHit[]> {
    const text = statement('search', searchSortKeys(order), seek.backward, { filter, properties });
    return this.rowsWith<SearchHit>(text, SEARCH_HIT_COLUMNS, attached, {
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
  if (query.kind === 'search')
    return narrowedQuery('ruling-list', 'search-count', { parts: new Set(hitFilters(query.filter)), properties: {} });
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
  if (readsUpwards(order, seek)) {
    if (date > bounds.lower) bounds.lower = date;
  } else if (date < bounds.upper) bounds.upper = date;
  return bounds;
}

/**
 * The title or number range a page by that property reads: from the cursor's value on the side
 * being read (up from it reading ascending, down from it reading descending), else all of it
 * ('' is the least string; no upper bound, since no string is safely the greatest).
 */
function textBounds(order: RulingOrder, seek: PageSeek): { textFrom: string; textTo: string | null } {
  if (seek.cursor === null || order.field === RulingOrderField.DECIDED_ON) return { textFrom: '', textTo: null };
  const value = seek.cursor[0] as string;
  return readsUpwards(order, seek) ? { textFrom: value, textTo: null } : { textFrom: '', textTo: value };
}

/** Whether a page reads the order's field from the cursor upwards (ascending forward, descending backward). */
function readsUpwards(order: RulingOrder, seek: PageSeek): boolean {
  return (order.direction === 'ASC') !== seek.backward;
}
