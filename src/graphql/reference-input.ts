import { BadUserInputError } from '../errors';
import { ReferenceFormatError } from '../shared/reference-format-error';

/** Runs one of the shared parsers on an argument and reports a bad value as BAD_USER_INPUT. */
export function parseArgument<T>(field: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ReferenceFormatError) {
      throw new BadUserInputError(`${field}: ${error.message}`, { field, expected: error.expected });
    }
    throw error;
  }
}
