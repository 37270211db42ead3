import { loadQueries, narrowedQuery, type FragmentNarrowing } from '../db/cypher-registry';
import { NEWEST_DECISION_FIRST } from '../complaint-case/complaint-case.repository';
import { keysetStatement } from '../graphql/keyset';
import { ALL_LAWS } from '../complaint-case/practice-cell';
import type { PracticeQuery } from './practice-query';

/**
 * How a practice filter reaches its cases. One generic statement (a UNION over every access path
 * and a WHERE over every criterion) was measured at about 1.8x the time of the specific one on a
 * law's 226,000 cases, since Neo4j evaluates the union and every "IS NULL OR ..." per case. So
 * each statement here is assembled from whole statements in cypher/queries/practice/: the access
 * path of the filter's most selective criterion (cases-by-*.cypher), the checks of the criteria
 * that path does not guarantee (cases-checked.cypher, only when there are any), and the
 * aggregation (totals.cypher, ...). Every file is a runnable statement of the form
 * "<rows f, c> / WITH f, c / <rest>", and assembly joins the head of one to the rest of another
 * at that line. All values stay $parameters; only the choice of text depends on the filter.
 *
 * Totals, the yearly breakdowns and byAuthority of a filter that practice cells can answer
 * (cellFilterOf) are read from the cells instead (cells-*.cypher): a few thousand degrees instead
 * of every case. case-page is not an aggregation but the cases themselves, reached the same way.
 */

export const AGGREGATIONS = [
  'totals',
  'by-period',
  'by-authority',
  'reasons',
  'most-applied-rulings',
  'case-page',
] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

export const ACCESS_PATHS = ['PARAGRAPH', 'AUTHORITY', 'LAW', 'AREA', 'DECISION_DATE', 'ALL'] as const;
export type AccessPath = (typeof ACCESS_PATHS)[number];

const queries = loadQueries('practice', [
  'cases-by-paragraph',
  'cases-by-authority',
  'cases-by-law',
  'cases-by-area',
  'cases-by-decision-date',
  'cases-checked',
  ...AGGREGATIONS,
  'cells-totals',
  'cells-by-period',
  'cells-by-authority',
] as const);

const JOIN_LINE = /^WITH f, c$/m;

function parts(name: keyof typeof queries): { head: string; rest: string } {
  const text = queries[name];
  const match = JOIN_LINE.exec(text);
  if (!match) throw new Error(`cypher/queries/practice/${name}.cypher has no line "WITH f, c" to join at`);
  return { head: text.slice(0, match.index).trimEnd(), rest: text.slice(match.index + match[0].length).trim() };
}

const HEADS: Record<AccessPath, string> = {
  PARAGRAPH: parts('cases-by-paragraph').head,
  AUTHORITY: parts('cases-by-authority').head,
  LAW: parts('cases-by-law').head,
  AREA: parts('cases-by-area').head,
  DECISION_DATE: parts('cases-by-decision-date').head,
  // Every aggregation file is written on the national path.
  ALL: parts('totals').head,
};

// "WHERE ..." up to the RETURN that makes the file runnable on its own.
const CHECKS = parts('cases-checked')
  .rest.replace(/\nRETURN[\s\S]*$/, '')
  .trim();

/** The criteria a filter's cases are checked against after its access path. */
export interface PracticeChecks {
  law: string | null;
  authority: string | null;
  area: string | null;
  decidedFrom: string | null;
  decidedTo: string | null;
}

/**
 * The most selective criterion the filter has, by typical size: a paragraph's cases are
 * fewer than an authority's (about 1 % of all), fewer than a law's; an area seek also applies
 * the dates.
 */
export function accessPathOf(query: PracticeQuery): AccessPath {
  if (query.paragraph !== null) return 'PARAGRAPH';
  if (query.authority !== null) return 'AUTHORITY';
  if (query.law !== null) return 'LAW';
  if (query.area !== null) return 'AREA';
  if (query.decidedFrom !== null || query.decidedTo !== null) return 'DECISION_DATE';
  return 'ALL';
}

/** What each access path applies itself; every other criterion the filter has is checked. */
const APPLIED_BY_PATH: Record<AccessPath, readonly (keyof PracticeChecks)[]> = {
  PARAGRAPH: [],
  AUTHORITY: ['authority'],
  LAW: ['law'],
  AREA: ['area', 'decidedFrom', 'decidedTo'],
  DECISION_DATE: ['decidedFrom', 'decidedTo'],
  ALL: [],
};

export function checksOf(query: PracticeQuery, path: AccessPath): PracticeChecks | null {
  const guaranteed = APPLIED_BY_PATH[path];
  const checks: PracticeChecks = { law: null, authority: null, area: null, decidedFrom: null, decidedTo: null };
  for (const field of Object.keys(checks) as (keyof PracticeChecks)[]) {
    if (!guaranteed.includes(field)) checks[field] = query[field];
  }
  return Object.values(checks).some((value) => value !== null) ? checks : null;
}

const cache = new Map<string, string>();

export function practiceStatement(
  aggregation: Aggregation,
  path: AccessPath,
  checked: boolean,
  backward = false,
): string {
  const cacheKey = `${aggregation}|${path}|${checked}|${backward}`;
  let statement = cache.get(cacheKey);
  if (statement === undefined) {
    statement = [HEADS[path], 'WITH f, c', ...(checked ? [CHECKS, 'WITH f, c'] : []), parts(aggregation).rest].join(
      '\n',
    );
    // A page of cases reads in the one order of every case list, forward or backward (keyset.ts).
    if (aggregation === 'case-page')
      statement = keysetStatement(statement, NEWEST_DECISION_FIRST, backward, 'f.cursor');
    cache.set(cacheKey, statement);
  }
  return statement;
}

/**
 * The aggregations practice cells can answer (reasons and rulings need the cases themselves, and
 * so does by-period by quarter: cells count whole years).
 */
export const CELL_AGGREGATIONS = ['totals', 'by-period', 'by-authority'] as const satisfies readonly Aggregation[];
export type CellAggregation = (typeof CELL_AGGREGATIONS)[number];

/** A cell aggregation's statement for a batch of filters: every criterion is tested. */
export function cellStatement(aggregation: CellAggregation): string {
  return queries[`cells-${aggregation}`];
}

/** The same for one filter known in advance, testing only the criteria it sets (cellCriteria). */
export function cellStatementFor(aggregation: CellAggregation, criteria: FragmentNarrowing): string {
  return narrowedQuery('practice', `cells-${aggregation}`, criteria);
}

/** The criteria one filter sets, as the sections of cypher/fragments/practice/cells-of-filters.cypher. */
export function cellCriteria(query: PracticeQuery, cells: CellFilter): FragmentNarrowing {
  const parts = [
    query.authority !== null && 'cellAuthority',
    query.area !== null && 'cellArea',
    cells.fromYear !== null && 'cellFromYear',
    cells.toYear !== null && 'cellToYear',
  ].filter((part): part is string => part !== false);
  return { parts: new Set(parts), properties: {} };
}

const CELL_JOIN_LINE = /^WITH f, cell, size$/m;

/**
 * A cell statement cut at its join line "WITH f, cell, size": the head reads the filter's
 * cells (the same text in every cell statement), the rest aggregates them. The query planner
 * reads the cells once for all the cell aggregations of one filter.
 */
export function cellStatementParts(
  aggregation: CellAggregation,
  criteria?: FragmentNarrowing,
): { head: string; rest: string } {
  const text = criteria ? cellStatementFor(aggregation, criteria) : cellStatement(aggregation);
  const match = CELL_JOIN_LINE.exec(text);
  if (!match) throw new Error(`cypher/queries/practice/cells-${aggregation}.cypher has no line "WITH f, cell, size"`);
  return { head: text.slice(0, match.index).trimEnd(), rest: text.slice(match.index + match[0].length).trim() };
}

/** What a cell statement needs beyond the filter itself. */
export interface CellFilter {
  /** The law, or ALL_LAWS: the family that counts each case once. */
  cellLaw: string;
  fromYear: number | null;
  toYear: number | null;
}

/**
 * Cells count whole years of one law (or of all), authority and area, so they answer a filter
 * with no paragraph whose dates, if any, start on 1 January and end on 31 December.
 */
export function cellFilterOf(query: PracticeQuery): CellFilter | null {
  if (query.paragraph !== null) return null;
  if (query.decidedFrom !== null && !query.decidedFrom.endsWith('-01-01')) return null;
  if (query.decidedTo !== null && !query.decidedTo.endsWith('-12-31')) return null;
  return {
    cellLaw: query.law ?? ALL_LAWS,
    fromYear: query.decidedFrom === null ? null : Number(query.decidedFrom.slice(0, 4)),
    toYear: query.decidedTo === null ? null : Number(query.decidedTo.slice(0, 4)),
  };
}

export function isCellAggregation(aggregation: Aggregation): aggregation is CellAggregation {
  return (CELL_AGGREGATIONS as readonly string[]).includes(aggregation);
}
