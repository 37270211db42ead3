import 'reflect-metadata';
import { parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { DEFAULT_LIMITS } from '../../src/config';
import { aliasLimitRule } from '../../src/graphql/limits/alias-limit.rule';
import { rootFieldLimitRule } from '../../src/graphql/limits/root-field-limit.rule';
import { buildPraksisSchema } from '../../src/graphql/schema';

// The alias and root-field limits of one operation (README "Limits"), on the real schema.

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildPraksisSchema();
});

function errors(source: string): { message: string; extensions: Record<string, unknown> }[] {
  return validate(schema, parse(source), [
    ...specifiedRules,
    aliasLimitRule(DEFAULT_LIMITS.maxAliases),
    rootFieldLimitRule(DEFAULT_LIMITS.maxRootFields),
  ]).map((error) => ({ message: error.message, extensions: error.extensions }));
}

const aliases = (count: number, field: string) =>
  Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ');

describe('alias limit', () => {
  it(`accepts ${DEFAULT_LIMITS.maxAliases} aliases and refuses one more, __typename included`, () => {
    expect(errors(`{ ruling(number: "51-19") { ${aliases(DEFAULT_LIMITS.maxAliases, 'number')} } }`)).toEqual([]);
    expect(errors(`{ ruling(number: "51-19") { ${aliases(DEFAULT_LIMITS.maxAliases + 1, '__typename')} } }`)).toEqual([
      {
        message: `Query has too many aliases: ${DEFAULT_LIMITS.maxAliases + 1}, the limit is ${DEFAULT_LIMITS.maxAliases} per operation (GRAPHQL_MAX_ALIASES).`,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', maxAliases: DEFAULT_LIMITS.maxAliases },
      },
    ]);
  });

  it('counts the aliases of fragments where they are spread', () => {
    const fragment = `fragment Many on Ruling { ${aliases(20, 'title')} }`;
    expect(errors(`{ ruling(number: "51-19") { ...Many } } ${fragment}`)).toEqual([]);
    expect(
      errors(`{ x: ruling(number: "51-19") { ...Many } y: ruling(number: "1-20") { ...Many } } ${fragment}`)[0]
        .extensions.maxAliases,
    ).toBe(DEFAULT_LIMITS.maxAliases);
  });
});

describe('root field limit', () => {
  const rootFields = (count: number) =>
    Array.from({ length: count }, (_, index) => `r${index}: ruling(number: "${index + 1}-19") { number }`).join(' ');

  it(`refuses more than ${DEFAULT_LIMITS.maxRootFields} root fields, counting those of fragments`, () => {
    const limited = (source: string) =>
      validate(schema, parse(source), [rootFieldLimitRule(DEFAULT_LIMITS.maxRootFields)]).map((error) => error.message);
    expect(limited(`{ ${rootFields(DEFAULT_LIMITS.maxRootFields)} }`)).toEqual([]);
    expect(limited(`{ ${rootFields(DEFAULT_LIMITS.maxRootFields + 1)} }`)).toEqual([
      `Query has too many root fields: ${DEFAULT_LIMITS.maxRootFields + 1}, the limit is ${DEFAULT_LIMITS.maxRootFields} per operation (GRAPHQL_MAX_ROOT_FIELDS).`,
    ]);
    expect(
      limited(
        `{ ...Root ${rootFields(DEFAULT_LIMITS.maxRootFields)} } fragment Root on Query { extra: ruling(number: "9-99") { number } }`,
      ),
    ).toHaveLength(1);
  });

  it('counts fields GraphQL merges (same response key) once, and survives a fragment cycle', () => {
    const limited = (source: string) =>
      validate(schema, parse(source), [rootFieldLimitRule(2)]).map((error) => error.message);
    expect(
      limited(
        '{ ruling(number: "1-19") { number } ruling(number: "1-19") { title } ...A } fragment A on Query { ...B } fragment B on Query { ...A __typename }',
      ),
    ).toEqual([]);
  });
});
