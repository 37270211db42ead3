import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { GraphQLError, OperationDefinitionNode, ValidationContext, ValidationRule } from 'graphql';
import { reportRejection } from './report-rejection';

/**
 * The depth of the standard introspection query of GraphQL tools (graphql-js
 * getIntrospectionQuery: __schema → types → fields → type and seven levels of ofType).
 */
export const INTROSPECTION_QUERY_DEPTH = 15;

function depthRule(limit: number, ignoreIntrospection: boolean, what: string): ValidationRule {
  return maxDepthRule({
    n: limit,
    ignoreIntrospection,
    flattenFragments: true,
    ...reportRejection(
      (found) =>
        `Query is nested too deeply: ${found ? `depth ${found}, ` : ''}the limit is ${limit} levels of selections${what}.`,
      { maxDepth: limit },
    ),
  }) as unknown as ValidationRule;
}

/**
 * A validation rule refusing operations whose fields nest deeper than maxDepth. Fragments are
 * flattened: their fields count at the depth they are spread, and a spread or an inline fragment
 * (`... on Ruling` under node(id)) adds no level of its own. It runs with GraphQL's own validation, so a refused query never executes and
 * the client gets GRAPHQL_VALIDATION_FAILED. Introspection's __schema is not counted here: the
 * standard introspection query of GraphQL tools is deeper than any data query needs to be; it
 * has its own limit, introspectionDepthLimitRule.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return depthRule(maxDepth, true, '');
}

/**
 * The same limit with introspection counted, at the depth GraphQL tools need (or maxDepth if
 * higher): `__type { ofType { ofType ... } }` nested a thousand times is refused like data.
 */
export function introspectionDepthLimitRule(maxDepth: number): ValidationRule {
  return depthRule(Math.max(maxDepth, INTROSPECTION_QUERY_DEPTH), false, ' (introspection included)');
}

type OperationVisitor = { OperationDefinition: { enter(node: OperationDefinitionNode): void } };

/**
 * Both depth limits as one rule, so a query too deep for both gets one error: the introspection
 * limit speaks only when the data limit let the operation pass.
 */
export function depthLimitsRule(maxDepth: number): ValidationRule {
  const data = depthLimitRule(maxDepth);
  const introspection = introspectionDepthLimitRule(maxDepth);
  return (context) => {
    let refused = false;
    const flagging = Object.create(context, {
      reportError: { value: (error: GraphQLError) => ((refused = true), context.reportError(error)) },
    }) as ValidationContext;
    const dataVisitor = data(flagging) as unknown as OperationVisitor;
    const introspectionVisitor = introspection(context) as unknown as OperationVisitor;
    return {
      OperationDefinition(node) {
        refused = false;
        dataVisitor.OperationDefinition.enter.call(dataVisitor, node);
        if (!refused) introspectionVisitor.OperationDefinition.enter.call(introspectionVisitor, node);
      },
    };
  };
}
