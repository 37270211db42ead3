import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/** The fields asked of one object, by response key (alias or name). */
export type Selection = Readonly<Record<string, ResolveTree>>;

/**
 * graphql-parse-resolve-info resolves fragments, variables, argument defaults and
 * `@skip`/`@include` against the schema, and files the fields under the type condition they
 * were asked on. A field of an object type can only carry conditions on that type or on an
 * interface it implements, so all of them are the object's fields.
 */
export function fieldsOf(tree: ResolveTree): Selection {
  return Object.assign({}, ...Object.values(tree.fieldsByTypeName));
}

/** The field being resolved, as a tree; null where it cannot be parsed (never in practice). */
export function rootTree(info: GraphQLResolveInfo): ResolveTree | null {
  return (parseResolveInfo(info) as ResolveTree | null | undefined) ?? null;
}

/** The fields asked of the root field being resolved. */
export function rootSelection(info: GraphQLResolveInfo): Selection | null {
  const tree = rootTree(info);
  return tree ? fieldsOf(tree) : null;
}

/**
 * The fields asked of the object reached from a field along `path` (field names), over every
 * alias on the way: LineageStep.ruling is ['ruling'], Lineage's node rulings ['nodes', 'ruling'].
 */
export function fieldsAt(tree: ResolveTree, path: readonly string[]): Selection {
  let level: ResolveTree[] = [tree];
  for (const name of path) {
    level = level.flatMap((inner) => Object.values(fieldsOf(inner)).filter((field) => field.name === name));
  }
  return Object.assign({}, ...level.map(fieldsOf));
}
