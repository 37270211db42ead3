import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * A validation rule refusing operations whose fields nest deeper than maxDepth. Fragments are
 * flattened: their fields count at the depth they are spread, and a spread or an inline fragment
 * (`... on Ruling` under node(id)) adds no level of its own. It runs with GraphQL's own validation, so a refused query never executes and
 * the client gets GRAPHQL_VALIDATION_FAILED. Introspection's __schema is not counted: the
 * standard introspection query of GraphQL tools is deeper than any data query needs to be.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return maxDepthRule({
    n: maxDepth,
    ignoreIntrospection: true,
    flattenFragments: true,
    // Report instead of throw: a thrown error would escape graphql's validate() as an internal error.
    propagateOnRejection: false,
    onReject: [
      (context, error) => {
        const found = /found (\d+)/.exec(error.message)?.[1];
        context?.reportError(
          new GraphQLError(`Query is nested too deeply: ${found ? `depth ${found}, ` : ''}the limit is ${maxDepth} levels of selections.`, {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', maxDepth },
          }),
        );
      },
    ],
  }) as unknown as ValidationRule;
}
