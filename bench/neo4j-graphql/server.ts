import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { roundTripsPlugin } from '../../src/graphql/round-trips.plugin';
import type { RunningService } from '../../src/server';
import { countingDriver, StatementCounter } from './counting-driver';
import { NEO4J_GRAPHQL_TYPE_DEFS } from './type-defs';

interface Neo4jGraphqlContext {
  executionContext: Driver;
  counter: StatementCounter;
}

/**
 * Variant (d): @neo4j/graphql 7 over the same graph and driver, served the way src/server.ts
 * serves this API (Apollo Server 5 in express 5 on node:http), so only the GraphQL layer differs.
 */
export async function startNeo4jGraphqlService(driver: Driver, port: number): Promise<RunningService> {
  const library = new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver });
  const schema = await library.getSchema();
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer<Neo4jGraphqlContext>({
    schema,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      roundTripsPlugin<Neo4jGraphqlContext>((context) => context.counter.count),
    ],
  });
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async () => {
        const counter = new StatementCounter();
        return { executionContext: countingDriver(driver, counter), counter };
      },
    }),
  );
  await new Promise<void>((resolve) => httpServer.listen(port, resolve));
  const actualPort = (httpServer.address() as AddressInfo).port;
  return { url: `http://localhost:${actualPort}/graphql`, port: actualPort, httpServer, stop: () => apollo.stop() };
}
