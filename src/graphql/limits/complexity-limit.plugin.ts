import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  getVariableValues,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { praksisEstimator } from './complexity-estimators';
import { OperationCosts } from './operation-costs';

/**
 * The estimated cost of an operation (see complexity-estimators.ts), or undefined when its
 * variables do not coerce: execution then refuses them with its own BAD_USER_INPUT error, before
 * any resolver (and so any Cypher) runs.
 */
export function operationComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
  costs?: OperationCosts,
): number | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) return undefined;
  return costs ? costs.costOf(document, operation, variables) : estimatedCost(schema, document, operation, variables);
}

function estimatedCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: { ...variables },
    operationName: operation.name?.value,
    estimators: [praksisEstimator],
  });
}

export function complexityError(cost: number, maxComplexity: number): GraphQLError {
  return new GraphQLError(
    `Query is too complex: its estimated cost is ${cost}, the limit is ${maxComplexity}. ` +
      'Page sizes (first), lists of keys (numbers) and lineage depth (maxDepth) multiply the cost of what they select: ask for smaller pages, fewer levels or fewer fields.',
    { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxComplexity, http: { status: 400 } } },
  );
}

/**
 * Refuses an operation whose estimated cost exceeds maxComplexity once Apollo has parsed,
 * validated and picked it, and before execution starts: a refused query sends no Cypher.
 */
export function complexityLimitPlugin<TContext extends object>(maxComplexity: number): ApolloServerPlugin<TContext> {
  // Costs hold for one schema (an ApolloServer has one).
  const costsBySchema = new WeakMap<GraphQLSchema, OperationCosts>();
  const costsFor = (schema: GraphQLSchema) => {
    let costs = costsBySchema.get(schema);
    if (!costs) costsBySchema.set(schema, (costs = new OperationCosts((...args) => estimatedCost(schema, ...args))));
    return costs;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          let cost: number | undefined;
          try {
            cost = operationComplexity(schema, document, operation, request.variables, costsFor(schema));
          } catch (error) {
            // getComplexity refuses documents with more than 10,000 fields outright.
            const reason = error instanceof Error ? error.message : String(error);
            throw new GraphQLError(`Query is too complex: ${reason}`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
          if (cost !== undefined && cost > maxComplexity) throw complexityError(cost, maxComplexity);
        },
      };
    },
  };
}
