import 'reflect-metadata';
import {
  isEnumType,
  type GraphQLEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { buildPraksisSchema } from '../../src/graphql/schema';

/**
 * The SDL is the contract for front-end teams, and tools (Apollo Sandbox, GraphQL Code Generator,
 * IDE plugins) show its descriptions where they are used. So every type, field, argument, input
 * field and enum value of the schema built from the code has one; this lists every member
 * without, by its SDL coordinate (Type.field(arg:)), so a new field cannot slip in undocumented.
 */
function undocumentedMembers(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const blank = (description: string | null | undefined) => (description ?? '').trim() === '';
  for (const type of Object.values(schema.getTypeMap())) {
    // Introspection and GraphQL's own scalars are documented by the specification.
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    if (blank(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args)
          if (blank(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name}:)`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing.sort();
}

describe('schema descriptions', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildPraksisSchema();
  });

  it('has a description on every type, field, argument, input field and enum value', () => {
    expect(undocumentedMembers(schema)).toEqual([]);
  });

  it('finds a field, an argument and an enum value without one', () => {
    const field = schema.getQueryType()!.getFields().ruling;
    const argument = field.args[0];
    const value = schema.getType('Outcome') as GraphQLEnumType;
    const saved = [field.description, argument.description, value.getValues()[0].description];
    field.description = '  ';
    (argument as { description: string | null }).description = null;
    value.getValues()[0].description = undefined;
    try {
      expect(undocumentedMembers(schema)).toEqual(
        expect.arrayContaining([
          'Query.ruling',
          `Query.ruling(${argument.name}:)`,
          `Outcome.${value.getValues()[0].name}`,
        ]),
      );
    } finally {
      [
        field.description,
        (argument as { description: string | null | undefined }).description,
        value.getValues()[0].description,
      ] = saved;
    }
  });
});
