import {
  defaultFieldResolver,
  GraphQLError,
  GraphQLScalarType,
  isObjectType,
  Kind,
  print,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import { BadUserInputError } from '../errors';
import { dateProblem, ISO_DATE_EXPECTED, isIsoDate } from '../shared/iso-date';

/**
 * A Date argument that is not a date. The scalar does not throw on input: GraphQL would then
 * report a literal as GRAPHQL_VALIDATION_FAILED and a variable by its name, neither naming the
 * argument, and fail the whole request. It hands this on instead, and guardDateArguments (run
 * before the resolver of every field that takes arguments) refuses the one field it was given
 * to, as BAD_USER_INPUT naming the argument's path, the problem and the accepted form.
 */
export class InvalidDate {
  constructor(
    readonly given: unknown,
    readonly problem: string,
  ) {}
}

function parsed(value: unknown): string | InvalidDate {
  const problem = dateProblem(value);
  return problem === undefined ? (value as string) : new InvalidDate(value, problem);
}

function literal(ast: ValueNode): unknown {
  return ast.kind === Kind.STRING ? ast.value : print(ast);
}

/** A calendar date with no time or zone, as the law states dates: YYYY-MM-DD. */
export const DateScalar = new GraphQLScalarType<string | InvalidDate, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD (ISO 8601), with no time of day or zone.',
  serialize: (value) => {
    if (!isIsoDate(value)) {
      throw new GraphQLError(`Date must be ${ISO_DATE_EXPECTED}; got ${JSON.stringify(value)}`, {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return value;
  },
  parseValue: parsed,
  parseLiteral: (ast) => parsed(literal(ast)),
});

/** The path and value of the first InvalidDate in a field's arguments, e.g. "filter.decidedFrom". */
function findInvalid(value: unknown, path: string): { path: string; invalid: InvalidDate } | undefined {
  if (value instanceof InvalidDate) return { path, invalid: value };
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findInvalid(item, `${path}[${index}]`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findInvalid(item, path === '' ? key : `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

function rejectInvalidDates(args: Record<string, unknown>): void {
  const found = findInvalid(args, '');
  if (!found) return;
  const { given, problem } = found.invalid;
  const impossible = typeof given === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(given);
  const what = impossible ? `${given} is an impossible date (${problem})` : `${JSON.stringify(given)} is ${problem}`;
  throw new BadUserInputError(`${found.path}: ${what}. Date must be ${ISO_DATE_EXPECTED}`, {
    field: found.path,
    expected: ISO_DATE_EXPECTED,
  });
}

/**
 * Wraps the resolver of every field that takes arguments with the InvalidDate check, in the
 * built schema. Only those fields: a wrapper on every field would cost each scalar of a large
 * answer a call, for arguments it does not have.
 */
export function guardDateArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        rejectInvalidDates(args);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
