import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { ISO_DATE_EXPECTED, isIsoDate } from '../shared/iso-date';

function checked(value: unknown): string {
  if (!isIsoDate(value)) {
    throw new GraphQLError(`Date must be ${ISO_DATE_EXPECTED}; got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** A calendar date with no time or zone, as the law states dates: YYYY-MM-DD. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD (ISO 8601), with no time of day or zone.',
  serialize: (value) => checked(value),
  parseValue: (value) => checked(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError(`Date must be a string, ${ISO_DATE_EXPECTED}`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return checked(ast.value);
  },
});
