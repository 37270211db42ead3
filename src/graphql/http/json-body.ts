import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { responseMediaType } from './response-media-type';

/**
 * The JSON body parser of /graphql, with the configured size limit, and the error handler that
 * turns its failures into GraphQL-shaped JSON (Express would send an HTML page, and outside
 * production a stack trace): 413 for a body over the limit, 415 for a charset or encoding it
 * cannot read, 400 for malformed JSON. All carry extensions.code BAD_REQUEST: the request never
 * became a GraphQL request.
 */
export function jsonBodyParser(limitBytes: number): RequestHandler {
  return express.json({ limit: limitBytes });
}

/**
 * A POST must carry its GraphQL request as application/json (the only request media type of the
 * spec): anything else is 415 before Apollo sees it. A POST without any content type is
 * refused the same way.
 */
export const requireJsonContentType: RequestHandler = (req, res, next) => {
  const essence = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (req.method !== 'POST' || essence === 'application/json') return next();
  sendRequestError(
    res,
    req.headers.accept,
    415,
    'POST requests to /graphql must have Content-Type: application/json.',
    'BAD_REQUEST',
  );
};

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
}

function describe(error: BodyParserError, limitBytes: number): { status: number; message: string } {
  switch (error.type) {
    case 'entity.too.large':
      return { status: 413, message: `Request body is larger than the limit of ${limitBytes} bytes.` };
    case 'entity.parse.failed':
      return { status: 400, message: 'Request body is not valid JSON.' };
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return {
        status: 415,
        message:
          'Request body must be JSON in UTF-8 (Content-Type: application/json), without content encoding other than gzip, deflate or br.',
      };
    case 'request.aborted':
      return { status: 400, message: 'Request body was not received completely.' };
    default:
      return {
        status: error.status && error.status >= 400 && error.status < 500 ? error.status : 400,
        message: 'Request body could not be read.',
      };
  }
}

export function sendRequestError(
  res: express.Response,
  accept: string | undefined,
  status: number,
  message: string,
  code: string,
): void {
  const mediaType = responseMediaType(accept) ?? 'application/json';
  res
    .status(status)
    .type(`${mediaType}; charset=utf-8`)
    .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

export function jsonBodyErrorHandler(limitBytes: number): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    const bodyError = error as BodyParserError;
    // A body that is not what its Content-Encoding says (zlib's error) has a 400 status but no type.
    const undecodable = typeof bodyError?.type !== 'string' && bodyError?.status === 400;
    if (res.headersSent || (typeof bodyError?.type !== 'string' && !undecodable)) return next(error);
    const { status, message } = undecodable
      ? {
          status: 400,
          message: `Request body could not be decoded as its Content-Encoding (${req.headers['content-encoding']}) says.`,
        }
      : describe(bodyError, limitBytes);
    sendRequestError(res, req.headers.accept, status, message, 'BAD_REQUEST');
  };
}

/**
 * The last resort for errors outside GraphQL execution: logged here, answered as a masked
 * INTERNAL_SERVER_ERROR in JSON. Express's default handler would send HTML with a stack trace.
 */
export const internalErrorHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  console.error(`Internal error while answering ${req.method} ${req.path}:`, error);
  if (res.headersSent) return next(error);
  sendRequestError(res, req.headers.accept, 500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
};
