import type { ErrorRequestHandler } from 'express';
import { sendRequestError } from '../graphql/http/json-body';

/**
 * A request Express could not even route, the client's mistake: a path with broken percent
 * encoding (/paragraph-overview/%E0%A4%A.csv makes the router's decodeURIComponent throw a
 * URIError marked 400). Answered 400 instead of reaching the internal error handler's 500.
 */
export const clientErrorHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent || !(error instanceof URIError)) return next(error);
  sendRequestError(
    res,
    req.headers.accept,
    400,
    'The URL is not valid: its percent-encoding is broken.',
    'BAD_REQUEST',
  );
};
