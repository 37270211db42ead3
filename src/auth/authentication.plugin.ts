import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import { UnauthenticatedError } from '../errors';

/**
 * Request-wide rules, checked once the operation is known and before any resolver runs: a token
 * that was sent but is invalid or expired fails the whole request, reads included (ignoring it
 * would hide a client's bug until its first write); and with READS_REQUIRE_TOKEN every operation
 * needs a valid token. Role checks per field are the authChecker's.
 */
export function authenticationPlugin(readsRequireToken: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          if (contextValue.authentication.kind === 'rejected') {
            throw new UnauthenticatedError('The bearer token is not valid.');
          }
          if (readsRequireToken && contextValue.authentication.kind !== 'authenticated') {
            throw new UnauthenticatedError('A valid bearer token is required.');
          }
        },
      };
    },
  };
}
