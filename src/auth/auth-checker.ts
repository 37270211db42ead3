import type { AuthCheckerFn } from 'type-graphql';
import type { Context } from '../context';
import { ForbiddenError, UnauthenticatedError } from '../errors';

/**
 * For @Authorized(role) fields (mutations, the audit trail). Throws instead of returning false
 * so the error is ours: UNAUTHENTICATED without a valid token, FORBIDDEN when the token lacks
 * the role. Neither says more (which role, why a token failed): that would only help a prober.
 */
export const authChecker: AuthCheckerFn<Context> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw new UnauthenticatedError('A valid bearer token is required for this operation.');
  if (roles.length && !roles.some((role) => viewer.roles.includes(role))) {
    throw new ForbiddenError('This token is not allowed to perform this operation.');
  }
  return true;
};
