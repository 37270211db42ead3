import { maskCprLikeText } from './personal-data';

/**
 * Thrown by the pure parsers (paragraph refs, ruling numbers, dates) when input does not have an
 * accepted shape. It is deliberately not a GraphQLError: the importer and the API both use the
 * parsers and each turns the error into its own report (a line/field message, or
 * BadUserInputError with `extensions.expected`).
 *
 * `message` always ends with the expected forms so that no caller can forget to tell the user
 * what would have worked; `reason` is the same text without them, for callers that show
 * `expected` separately.
 */
export class ReferenceFormatError extends Error {
  readonly reason: string;

  constructor(
    message: string,
    readonly expected: string,
  ) {
    super(`${message}. Expected ${expected}`);
    this.name = 'ReferenceFormatError';
    this.reason = message;
  }
}

const MAX_QUOTED_LENGTH = 60;

/**
 * Quotes user input for an error message. Error messages end up in logs and API responses, so a
 * CPR number typed into the wrong field must not be echoed back, and a huge input must not
 * bloat the message.
 */
export function quoteInput(input: unknown): string {
  if (typeof input !== 'string') return `a value of type ${input === null ? 'null' : typeof input}`;
  const masked = maskCprLikeText(input);
  const shown = masked.length > MAX_QUOTED_LENGTH ? `${masked.slice(0, MAX_QUOTED_LENGTH)}…` : masked;
  return JSON.stringify(shown);
}
