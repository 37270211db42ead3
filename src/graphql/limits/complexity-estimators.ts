import type { ComplexityEstimator } from 'graphql-query-complexity';
import { getNamedType, getNullableType, isListType } from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../connection';

/**
 * How much one field may cost Neo4j, estimated from the query alone (before anything runs).
 *
 * - Every field costs 1 plus what it selects (its childComplexity).
 * - A lineage field (replaces, replacedBy, lineage) multiplies what it selects by
 *   maxDepth × (maxDepth + 1) / 2: level k of a lineage can hold about k rulings (merges gather
 *   more rulings the further back one goes), so the rulings reached grow faster than the depth.
 * - A field with a page-size argument (`first`) multiplies by the page size asked for, or its
 *   default; a list argument of keys (`numbers`) by the number of keys.
 * - Any other list multiplies by ASSUMED_LIST_SIZE: its length is unknown before it is read, and
 *   nested lists (cites of citedBy of cites ...) are how a small query turns into a huge answer.
 *   Not so for a Relay connection's `edges`: the connection's `first` already counted them.
 * - Introspection (__schema, __type, __typename) is priced like any other field: it is answered
 *   from memory, but a thousand aliases of __schema still make a 35 MB answer.
 */

export const LINEAGE_FIELDS = new Set(['replaces', 'replacedBy', 'lineage']);
export const ASSUMED_LIST_SIZE = 5;

export function lineageFactor(maxDepth: number): number {
  return (maxDepth * (maxDepth + 1)) / 2;
}

function nonNegative(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

export const praksisEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const maxDepth = nonNegative(args.maxDepth);
  if (LINEAGE_FIELDS.has(field.name) && maxDepth !== undefined) {
    return 1 + childComplexity * lineageFactor(maxDepth);
  }
  if ('first' in args || field.args.some((arg) => arg.name === 'first')) {
    return 1 + childComplexity * (nonNegative(args.first) ?? DEFAULT_PAGE_SIZE);
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
