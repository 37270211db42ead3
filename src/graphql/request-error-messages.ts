import type { GraphQLFormattedError } from 'graphql';

// graphql-js's own wording (sic: "more that") when parse() stops at parseOptions.maxTokens.
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more that (\d+) tokens\. Parsing aborted\.$/;
// Apollo's wording for automatic persisted queries whose hash or version is wrong; they carry an
// HTTP 400 but no code, so they would otherwise be masked as INTERNAL_SERVER_ERROR.
const PERSISTED_QUERY_MISTAKES: Record<string, string> = {
  'provided sha does not match query':
    'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it.',
  'Unsupported persisted query version': 'extensions.persistedQuery.version must be 1.',
};

/**
 * Request errors raised by graphql-js or Apollo before execution whose message or code does not
 * tell the client what happened, rewritten to say so; undefined for every other error.
 */
export function rewriteRequestError(formatted: GraphQLFormattedError): GraphQLFormattedError | undefined {
  const tokens = TOO_MANY_TOKENS.exec(formatted.message);
  if (tokens && formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED') {
    const maxTokens = Number(tokens[1]);
    return {
      message: `Query is too large: it has more than ${maxTokens} tokens, the limit (GRAPHQL_MAX_TOKENS). Ask for fewer fields or aliases.`,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', maxTokens },
    };
  }
  const persisted = PERSISTED_QUERY_MISTAKES[formatted.message];
  if (persisted) return { message: persisted, extensions: { code: 'BAD_REQUEST' } };
  return undefined;
}
