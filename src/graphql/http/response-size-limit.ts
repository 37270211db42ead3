import type { RequestHandler } from 'express';

/** The error body that replaces an answer over the limit; valid for both GraphQL media types. */
export function responseTooLargeBody(maxBytes: number): string {
  return JSON.stringify({
    data: null,
    errors: [
      {
        message: `The answer is larger than the limit of ${maxBytes} bytes (GRAPHQL_MAX_RESPONSE_SIZE). Ask for smaller pages, fewer aliases or fewer fields.`,
        extensions: { code: 'RESPONSE_TOO_LARGE', maxResponseBytes: maxBytes },
      },
    ],
  });
}

/** UTF-8 size of a string, measured only when its length leaves the answer open (1 to 3 bytes a UTF-16 unit). */
function exceeds(body: string, maxBytes: number): boolean {
  if (body.length > maxBytes) return true;
  return body.length * 3 > maxBytes && Buffer.byteLength(body, 'utf8') > maxBytes;
}

/**
 * A cap on the size of a GraphQL answer. The complexity limit estimates before execution; this
 * is the backstop for answers that are large anyway (long titles, big lists the estimate could
 * not know), so one request cannot make the process hold and send hundreds of megabytes. Apollo's
 * Express integration sends a complete answer with res.send, which is where it is measured.
 */
export function responseSizeLimit(maxBytes: number, log: (line: string) => void = console.error): RequestHandler {
  return (_req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (typeof body === 'string' && exceeds(body, maxBytes)) {
        log(
          `A GraphQL answer of ${Buffer.byteLength(body, 'utf8')} bytes was refused: over GRAPHQL_MAX_RESPONSE_SIZE (${maxBytes}).`,
        );
        return send(responseTooLargeBody(maxBytes));
      }
      return send(body);
    };
    next();
  };
}
