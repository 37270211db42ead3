import type { RequestHandler, Response } from 'express';
import { sendRequestError } from '../graphql/http/json-body';
import type { Authenticator } from './authenticator';
import { readAccessRefusal } from './read-access';
import type { Authentication } from './viewer';

/**
 * Mounted on every route that returns data (src/server.ts; test/api/read-access.api.test.ts fails
 * for any registered route without it), not on the whole app, so the explorer's pages mounted
 * after the routes stay open. It reads the Authorization header once, refuses by
 * readAccessRefusal with 401 (and WWW-Authenticate, a GraphQL-shaped JSON body like the
 * endpoint's own errors), and leaves the Authentication for the handler (authenticationOf).
 */
export function readAccessMiddleware(authenticator: Authenticator): RequestHandler {
  return async (req, res, next) => {
    try {
      const authentication = await authenticator.authenticate(req.headers.authorization);
      const refusal = readAccessRefusal(authentication, authenticator.readsRequireToken);
      if (refusal !== null) {
        res.setHeader('www-authenticate', 'Bearer');
        sendRequestError(res, req.headers.accept, 401, refusal, 'UNAUTHENTICATED');
        return;
      }
      res.locals.authentication = authentication;
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** The request's Authentication, as the middleware found it. */
export function authenticationOf(res: Response): Authentication {
  const authentication = res.locals.authentication as Authentication | undefined;
  // Only a route mounted in front of the middleware lacks it: a bug, which must not mean "anonymous".
  if (authentication === undefined) throw new Error('readAccessMiddleware did not run before this route');
  return authentication;
}
