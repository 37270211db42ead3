import cors from 'cors';
import type { RequestHandler } from 'express';
import type { CorsOrigins } from '../config';

/**
 * Browser access from the configured origins (the cors package): the matching Origin is echoed
 * (with Vary: Origin), or * when any origin is allowed. Tokens travel in the Authorization
 * header, never in cookies, so no credentials mode. Apollo's CSRF prevention stays on behind
 * this: a simple request (a GET without a preflight-forcing header) is still refused, and a
 * page can only send the headers that force a preflight, which only allowed origins pass.
 */
export function corsMiddleware(origins: CorsOrigins): RequestHandler[] {
  const handler = cors({
    origin: origins === '*' ? '*' : [...origins],
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name'],
    exposedHeaders: ['content-disposition', 'x-debug-round-trips'],
    maxAge: 600,
  });
  // Any preflight the cors handler passed on (an origin not allowed, or none configured) is
  // answered here, without Access-Control-* headers: the browser then blocks the request,
  // while the preflight no longer reaches Apollo and its CSRF message.
  const answerRemainingPreflight: RequestHandler = (req, res, next) => {
    if (req.method === 'OPTIONS') res.status(204).end();
    else next();
  };
  return [handler, answerRemainingPreflight];
}
