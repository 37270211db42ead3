import type { ApolloServerPlugin } from '@apollo/server';
import { SERVICE_BUSY_RETRY_AFTER_S } from '../../errors';

/** An answer holding SERVICE_BUSY tells the client when to retry (Retry-After, in seconds). */
export function retryAfterPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          if (response.body.singleResult.errors?.some((error) => error.extensions?.code === 'SERVICE_BUSY')) {
            response.http.headers.set('retry-after', String(SERVICE_BUSY_RETRY_AFTER_S));
          }
        },
      };
    },
  };
}
