import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  getIntrospectionQuery,
  parse,
  specifiedRules,
  validate,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { DEFAULT_LIMITS } from '../../src/config';
import { operationComplexity } from '../../src/graphql/limits/complexity-limit.plugin';
import {
  depthLimitRule,
  depthLimitsRule,
  INTROSPECTION_QUERY_DEPTH,
  introspectionDepthLimitRule,
} from '../../src/graphql/limits/depth-limit.rule';
import { buildPraksisSchema } from '../../src/graphql/schema';
import { DEEP_CONSOLIDATIONS, FIFTY_WITH_LINEAGE, nestedQuery as nested } from '../support/limit-queries';

// The default limits must let every legitimate query through and stop the abusive ones: the
// README's examples, the figures the README states, and the queries the limits exist to refuse.

const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
const readmeExamples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);

const FIFTY_NUMBERS = Array.from({ length: 50 }, (_, index) => `${index + 1}-19`);

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildPraksisSchema();
});

function cost(source: string, variables: Record<string, unknown> = {}): number {
  const document = parse(source);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
  )!;
  const value = operationComplexity(schema, document, operation, variables);
  if (value === undefined) throw new Error('variables did not coerce');
  return value;
}

function depthErrors(source: string): string[] {
  return validate(schema, parse(source), [...specifiedRules, depthLimitRule(DEFAULT_LIMITS.maxDepth)]).map(
    (error) => error.message,
  );
}

function introspectionDepthErrors(source: string): string[] {
  return validate(schema, parse(source), [introspectionDepthLimitRule(DEFAULT_LIMITS.maxDepth)]).map(
    (error) => error.message,
  );
}

describe('default query limits', () => {
  it.each(readmeExamples.map((text, index) => [index + 1, text] as const))(
    'README example %i fits the depth and complexity limits',
    (_index, text) => {
      expect(depthErrors(text)).toEqual([]);
      // README "Limits" says so: the examples are far from the limit.
      expect(cost(text)).toBeLessThan(500);
    },
  );

  it('50 rulings with status and replaces to depth 8 fit', () => {
    expect(depthErrors(FIFTY_WITH_LINEAGE)).toEqual([]);
    expect(cost(FIFTY_WITH_LINEAGE, { numbers: FIFTY_NUMBERS })).toBeLessThanOrEqual(DEFAULT_LIMITS.maxComplexity);
  });

  it('introspection passes both limits, and is priced like any other field', () => {
    expect(depthErrors(getIntrospectionQuery())).toEqual([]);
    expect(introspectionDepthErrors(getIntrospectionQuery())).toEqual([]);
    const standard = cost(getIntrospectionQuery());
    expect(standard).toBeGreaterThan(1000);
    expect(standard).toBeLessThanOrEqual(DEFAULT_LIMITS.maxComplexity);
    // Aliased, it adds up: three copies of __schema cost three times one.
    const one = cost('{ __schema { types { name fields { name args { name } } } } }');
    expect(one).toBeGreaterThan(1);
    expect(
      cost(
        '{ a: __schema { types { name fields { name args { name } } } } b: __schema { types { name fields { name args { name } } } } c: __schema { types { name fields { name args { name } } } } }',
      ),
    ).toBe(3 * one);
  });

  it('the depth limit also reaches into introspection, at the depth GraphQL tools need', () => {
    const ofTypes = (levels: number) =>
      `{ __schema { types { ${'ofType { '.repeat(levels)}name${' }'.repeat(levels)} } } }`;
    // The data limit skips __schema (it is deeper than data needs) ...
    expect(depthErrors(ofTypes(40))).toEqual([]);
    // ... the introspection limit does not.
    expect(introspectionDepthErrors(ofTypes(40))).toEqual([
      `Query is nested too deeply: depth 43, the limit is ${INTROSPECTION_QUERY_DEPTH} levels of selections (introspection included).`,
    ]);
    expect(introspectionDepthErrors(ofTypes(INTROSPECTION_QUERY_DEPTH - 3))).toEqual([]);
    // Together, one error per operation: the data limit's when both would refuse.
    const both = (source: string) =>
      validate(schema, parse(source), [depthLimitsRule(DEFAULT_LIMITS.maxDepth)]).map((error) => error.message);
    expect(both(nested(30))).toEqual([
      `Query is nested too deeply: depth 30, the limit is ${DEFAULT_LIMITS.maxDepth} levels of selections.`,
    ]);
    expect(both(ofTypes(40))).toEqual(introspectionDepthErrors(ofTypes(40)));
    expect(both(getIntrospectionQuery())).toEqual([]);
    // __type is counted by the data limit already.
    expect(depthErrors(`{ __type(name: "Ruling") { ${'ofType { '.repeat(40)}name${' }'.repeat(40)} } }`)).toHaveLength(
      1,
    );
  });

  it('a query nested 30 levels deep is refused by the depth limit, naming depth and limit', () => {
    expect(depthErrors(nested(30))).toEqual([
      `Query is nested too deeply: depth 30, the limit is ${DEFAULT_LIMITS.maxDepth} levels of selections.`,
    ]);
    expect(depthErrors(nested(DEFAULT_LIMITS.maxDepth))).toEqual([]);
    expect(depthErrors(DEEP_CONSOLIDATIONS)).toEqual([]);
    expect(depthErrors(DEEP_CONSOLIDATIONS.replace('{ number }', '{ issuedBy { id } }'))).toHaveLength(1);
    expect(cost(DEEP_CONSOLIDATIONS)).toBeLessThanOrEqual(DEFAULT_LIMITS.maxComplexity);
  });

  it('counts fields, not fragments: spreads and inline fragments add no level', () => {
    const viaNode = `{ node(id: "x") { ... on Ruling { ${'cites { '.repeat(9)}number${' }'.repeat(9)} } } }`;
    expect(depthErrors(viaNode)).toEqual([]);
    const viaSpread = `{ ruling(number: "51-19") { ...A } } fragment A on Ruling { ...B } fragment B on Ruling { ${'cites { '.repeat(10)}number${' }'.repeat(10)} }`;
    expect(depthErrors(viaSpread)).toEqual([]);
    const tooDeep = viaSpread.replace('cites { ', 'cites { cites { ').replace('number }', 'number } }');
    expect(depthErrors(tooDeep)).toEqual([
      `Query is nested too deeply: depth 13, the limit is ${DEFAULT_LIMITS.maxDepth} levels of selections.`,
    ]);
  });

  it('lineage maxDepth 1000 costs far more than the limit, even for one field', () => {
    expect(cost('{ ruling(number: "51-19") { replaces(maxDepth: 1000) { depth } } }')).toBeGreaterThan(
      DEFAULT_LIMITS.maxComplexity,
    );
  });

  it('costs grow with page size and lineage depth', () => {
    const page = (first: number) => cost(`{ rulings(first: ${first}) { edges { node { number title } } } }`);
    expect(page(100)).toBeGreaterThan(page(10));
    const depth = (maxDepth: number) =>
      cost(`{ ruling(number: "51-19") { replacedBy(maxDepth: ${maxDepth}) { ruling { number } } } }`);
    expect(depth(20)).toBeGreaterThan(depth(10) * 3);
    // Variables count like literals.
    expect(cost('query($n: Int!) { rulings(first: $n) { edges { node { number } } } }', { n: 100 })).toBe(
      cost('{ rulings(first: 100) { edges { node { number } } } }'),
    );
  });

  it('gives the figures stated in the README', () => {
    expect({
      fiftyWithLineage: cost(FIFTY_WITH_LINEAGE, { numbers: FIFTY_NUMBERS }),
      pageOf100: cost(
        '{ rulings(first: 100) { edges { node { number title decidedOn status { status } } } pageInfo { endCursor hasNextPage } } }',
      ),
      lineage25: cost(
        '{ ruling(number: "51-19") { lineage(maxDepth: 25) { nodes { depth direction ruling { number title } } edges { from to on } } } }',
      ),
      citesOfCites: cost('{ rulings(first: 100) { edges { node { cites { cites { cites { number } } } } } } }'),
      maxDepth1000: cost('{ ruling(number: "51-19") { replaces(maxDepth: 1000) { depth } } }'),
    }).toEqual({
      fiftyWithLineage: 13201,
      pageOf100: 1001,
      lineage25: 13652,
      citesOfCites: 15801,
      maxDepth1000: 500502,
    });
  });
});
