import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/**
 * For tests and benchmarks: a request with the header `x-debug-round-trips: 1` gets
 * `extensions.roundTrips`, the number of statements it sent to Neo4j, so DataLoader batching can
 * be asserted over real HTTP. It reveals nothing but a count. countOf reads the request's
 * counter from its context (the service's ctx.roundTrips; the bench's other servers their own).
 */
export function roundTripsPlugin<C extends BaseContext>(countOf: (context: C) => number): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ request }) {
      if (request.http?.headers.get('x-debug-round-trips') !== '1') return;
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, roundTrips: countOf(contextValue) };
        },
      };
    },
  };
}
