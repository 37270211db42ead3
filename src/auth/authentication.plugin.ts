import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import { UnauthenticatedError } from '../errors';
import { readAccessRefusal } from './read-access';

/**
 * readAccessRefusal for GraphQL, checked once the operation is known and before any resolver
 * runs. The read-access middleware applies the same rule to every data route first; this keeps
 * it for operations run without that middleware in front (in-process execution in tests).
 */
export function authenticationPlugin(readsRequireToken: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          const refusal = readAccessRefusal(contextValue.authentication, readsRequireToken);
          if (refusal !== null) throw new UnauthenticatedError(refusal);
        },
      };
    },
  };
}
