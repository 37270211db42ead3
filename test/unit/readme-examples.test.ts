import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { buildPraksisSchema } from '../../src/graphql/schema';

// The README is where most users meet the API first; its examples must keep working when the
// schema changes, so every ```graphql block in it is validated against the schema built from code.
const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);

describe('README examples', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildPraksisSchema();
  });

  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples.map((text, index) => [index + 1, text] as const))(
    'example %i is valid against the schema',
    (_index, text) => {
      const errors = validate(schema, parse(text)).map((error) => error.message);
      expect(errors).toEqual([]);
    },
  );
});
