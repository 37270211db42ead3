import type { GraphQLResolveInfo } from 'graphql';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { fieldsOf, rootTree } from '../graphql/planner/selection';

const KIND_ONLY = new Set(['status', '__typename']);

/** Whether a selection of Ruling.status asks nothing but the status kind. */
export function isKindOnly(field: ResolveTree): boolean {
  return Object.values(fieldsOf(field)).every((inner) => KIND_ONLY.has(inner.name));
}

/** The same for the Ruling.status field being resolved. */
export function asksKindOnly(info: GraphQLResolveInfo): boolean {
  const tree = rootTree(info);
  return tree !== null && isKindOnly(tree);
}
