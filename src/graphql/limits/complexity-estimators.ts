import type { ComplexityEstimator } from 'graphql-query-complexity';
import { getNamedType, getNullableType, isLeafType, isListType } from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../connection';

/**
 * How much one field may cost Neo4j, estimated from the query alone (before anything runs).
 *
 * - Every field costs 1 plus what it selects (its childComplexity).
 * - A lineage field (replaces, replacedBy, lineage) multiplies what it selects by
 *   maxDepth × (maxDepth + 1) / 2: level k of a lineage can hold about k rulings (merges gather
 *   more rulings the further back one goes), so the rulings reached grow faster than the depth.
 * - A field with a page-size argument (`first`, or `last` backward) multiplies by the page size asked for, or its
 *   default; a list argument of keys (`numbers`) by the number of keys.
 * - Any other list multiplies by ASSUMED_LIST_SIZE: its length is unknown before it is read, and
 *   nested lists (cites of citedBy of cites ...) are how a small query turns into a huge answer.
 *   Not so for a Relay connection's `edges`: the connection's `first` already counted them.
 * - A practice breakdown (byAuthority, byYear, byQuarter) costs per row it can return: its
 *   `first` authorities, or ESTIMATED_PRACTICE_YEARS years (four quarters each). The counts,
 *   rate, interval and outcomes of a row are columns of one row of one aggregation statement,
 *   so they cost nothing beyond the row; what a row links to (its authority, its own breakdown)
 *   is counted as usual. The whole of a breakdown nested in byAuthority is one statement for
 *   every authority (src/practice/authority-stats.resolver.ts), so rows are what grows with it:
 *   98 municipalities × 12 years is about 2,000, × 48 quarters about 6,500, while 500
 *   authorities by quarter and by year, or four such tables in one request, exceed the limit.
 * - Introspection (__schema, __type, __typename) is priced like any other field: it is answered
 *   from memory, but a thousand aliases of __schema still make a 35 MB answer.
 */

/**
 * The only arguments the estimator reads: an operation's cost depends on no other argument's
 * value, which lets the limit plugin reuse a cost across requests (cost-variables.ts).
 */
export const COST_ARGUMENTS: ReadonlySet<string> = new Set(['first', 'last', 'maxDepth', 'numbers']);

export const LINEAGE_FIELDS = new Set(['replaces', 'replacedBy', 'lineage']);
export const ASSUMED_LIST_SIZE = 5;

/** Types whose objects are rows of a practice breakdown. */
export const PRACTICE_ROW_TYPES = new Set(['AuthorityStats', 'YearStats', 'QuarterStats']);
/** Objects that are columns of such a row (or of PracticeStats' totals). */
export const PRACTICE_ROW_PARTS = new Set(['OutcomeCounts', 'RateInterval']);
/**
 * Years a practice breakdown is assumed to hold: its real length is the years the filter and the
 * data span, unknown before the statement runs; complaint-case statistics kept for analysis span
 * about 12 years, so this leaves some room.
 */
export const ESTIMATED_PRACTICE_YEARS = 15;
const PERIOD_ROWS: Record<string, number> = {
  byYear: ESTIMATED_PRACTICE_YEARS,
  byQuarter: 4 * ESTIMATED_PRACTICE_YEARS,
};

function practiceRows(fieldName: string, first: unknown): number {
  return PERIOD_ROWS[fieldName] ?? nonNegative(first) ?? DEFAULT_PAGE_SIZE;
}

export function lineageFactor(maxDepth: number): number {
  return (maxDepth * (maxDepth + 1)) / 2;
}

function nonNegative(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

export const praksisEstimator: ComplexityEstimator = ({ type, field, args: allArgs, childComplexity }) => {
  // Only COST_ARGUMENTS are in view, so no other argument can sway the cost by accident.
  const args = Object.fromEntries(Object.entries(allArgs).filter(([name]) => COST_ARGUMENTS.has(name)));
  const parentName = getNamedType(type).name;
  const fieldType = getNamedType(field.type);
  if (
    (PRACTICE_ROW_TYPES.has(parentName) || PRACTICE_ROW_PARTS.has(parentName)) &&
    (isLeafType(fieldType) || PRACTICE_ROW_PARTS.has(fieldType.name))
  ) {
    return childComplexity;
  }
  if (PRACTICE_ROW_TYPES.has(fieldType.name)) {
    return 1 + practiceRows(field.name, args.first) * (1 + childComplexity);
  }
  const maxDepth = nonNegative(args.maxDepth);
  if (LINEAGE_FIELDS.has(field.name) && maxDepth !== undefined) {
    return 1 + childComplexity * lineageFactor(maxDepth);
  }
  if ('first' in args || field.args.some((arg) => arg.name === 'first')) {
    // A page read backward (last) costs what one read forward does.
    return 1 + childComplexity * (nonNegative(args.first) ?? nonNegative(args.last) ?? DEFAULT_PAGE_SIZE);
  }
  if (Array.isArray(args.numbers)) {
    return 1 + childComplexity * args.numbers.length;
  }
  const isList = isListType(getNullableType(field.type));
  if (isList && !getNamedType(type).name.endsWith('Connection')) {
    return 1 + childComplexity * ASSUMED_LIST_SIZE;
  }
  return 1 + childComplexity;
};
