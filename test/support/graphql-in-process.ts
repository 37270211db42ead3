import { graphql, type GraphQLSchema } from 'graphql';
import { createContext } from '../../src/context';
import type { Neo4jExecutor } from '../../src/db/executor';
import type { LoaderOptions } from '../../src/graphql/loader-options';
import { buildPraksisSchema } from '../../src/graphql/schema';

let schema: Promise<GraphQLSchema> | undefined;

/**
 * Runs one operation through the real schema and resolvers with a fresh per-request context,
 * and reports how many statements it sent to Neo4j: for asserting round trips and batching.
 */
export async function executeCounted(
  executor: Neo4jExecutor,
  source: string,
  variableValues?: Record<string, unknown>,
  loaderOptions?: LoaderOptions,
) {
  schema ??= buildPraksisSchema();
  const contextValue = createContext(executor, loaderOptions);
  const result = await graphql({ schema: await schema, source, variableValues, contextValue });
  return { result, roundTrips: contextValue.roundTrips.count };
}
