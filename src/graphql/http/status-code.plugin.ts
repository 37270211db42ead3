import type { ApolloServerPlugin } from '@apollo/server';
import { responseMediaType } from './response-media-type';

/**
 * Errors of a well-formed request (a JSON body with a string query) that never executed: the
 * document did not parse or validate (our depth and complexity limits included), the operation
 * could not be picked, or the variables did not coerce. A request that is not well-formed
 * (no query, a query that is not a string) is BAD_REQUEST and keeps its 400.
 */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_USER_INPUT',
]);

/**
 * GraphQL-over-HTTP status codes. Apollo answers a request that fails parsing, validation,
 * variable coercion or our query limits with 400 whatever the client accepts. The spec wants
 * that only with application/graphql-response+json; a client of legacy application/json gets
 * 200 for every well-formed request, since it may not expect the errors in a 4xx body.
 * A request refused as a whole for its credentials is 401 (with WWW-Authenticate) or 403, as
 * the spec recommends; Apollo would send 500 for an error thrown before execution without an
 * HTTP status. Field errors (data present) keep 200. Other statuses (405 for a GET mutation,
 * 413, 415, 5xx) are left as they are.
 */
export function statusCodePlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ request }) {
      const mediaType = responseMediaType(request.http?.headers.get('accept'));
      return {
        async willSendResponse({ response }) {
          if (!mediaType || response.body.kind !== 'single') return;
          // Set explicitly, so the status and the content type are decided by the same rule.
          response.http.headers.set('content-type', `${mediaType}; charset=utf-8`);
          const { data, errors } = response.body.singleResult;
          const codes =
            data === undefined && errors?.length ? errors.map((error) => String(error.extensions?.code)) : [];
          if (codes.length && codes.every((code) => code === 'UNAUTHENTICATED')) {
            response.http.status = 401;
            response.http.headers.set('www-authenticate', 'Bearer');
            return;
          }
          if (codes.length && codes.every((code) => code === 'FORBIDDEN')) {
            response.http.status = 403;
            return;
          }
          const isRequestError = codes.length > 0 && codes.every((code) => REQUEST_ERROR_CODES.has(code));
          if (mediaType === 'application/json' && response.http.status === 400 && isRequestError) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
