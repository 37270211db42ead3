import type { ApolloServerPlugin } from '@apollo/server';
import { operationLabel, type ServiceMetrics } from './metrics';

/**
 * One JSON line per GraphQL request on stdout: operation name, duration, Neo4j round trips and
 * error codes, and nothing personal (no variables, no query text, no token subject, no IP).
 * The same facts feed the Prometheus metrics.
 */
export function requestLogPlugin<C extends object>(
  metrics: ServiceMetrics,
  roundTripsOf: (context: C) => number,
  write: (line: string) => void = (line) => process.stdout.write(line + '\n'),
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ response, contextValue, operationName }) {
          const seconds = (performance.now() - started) / 1000;
          const operation = operationLabel(operationName);
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = [...new Set(errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
          metrics.requests.inc({ operation });
          metrics.duration.observe({ operation }, seconds);
          for (const code of codes) metrics.errors.inc({ code });
          write(
            JSON.stringify({
              level: codes.length ? 'warn' : 'info',
              event: 'graphql-request',
              at: new Date().toISOString(),
              operation,
              durationMs: Math.round(seconds * 1000),
              roundTrips: roundTripsOf(contextValue),
              status: response.http.status ?? 200,
              errors: codes,
            }),
          );
        },
      };
    },
  };
}
