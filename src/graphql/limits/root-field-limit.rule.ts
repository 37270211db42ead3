import { GraphQLError, Kind, type SelectionSetNode, type ValidationRule } from 'graphql';

/**
 * The distinct response keys at the root of an operation, fragments and inline fragments spread
 * at the root included. Fields with the same key are merged by GraphQL and run once, so they
 * count once. A loop over an explicit stack: a long chain of fragments cannot overflow it, and
 * a fragment cycle (refused by GraphQL's own rule) cannot make it spin.
 */
export function rootResponseKeys(
  selectionSet: SelectionSetNode,
  fragment: (name: string) => SelectionSetNode | undefined,
): Set<string> {
  const keys = new Set<string>();
  const seenFragments = new Set<string>();
  const pending: SelectionSetNode[] = [selectionSet];
  for (let set = pending.pop(); set; set = pending.pop()) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) keys.add((selection.alias ?? selection.name).value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) pending.push(selection.selectionSet);
      else if (!seenFragments.has(selection.name.value)) {
        seenFragments.add(selection.name.value);
        const spread = fragment(selection.name.value);
        if (spread) pending.push(spread);
      }
    }
  }
  return keys;
}

/**
 * At most maxRootFields root fields per operation: each root field is at least one Neo4j
 * statement, so their number bounds the database work one request can start.
 */
export function rootFieldLimitRule(maxRootFields: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const count = rootResponseKeys(operation.selectionSet, (name) => context.getFragment(name)?.selectionSet).size;
      if (count > maxRootFields) {
        context.reportError(
          new GraphQLError(
            `Query has too many root fields: ${count}, the limit is ${maxRootFields} per operation (GRAPHQL_MAX_ROOT_FIELDS).`,
            {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', maxRootFields },
            },
          ),
        );
      }
    },
  });
}
