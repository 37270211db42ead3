import 'reflect-metadata';
import { parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { DEFAULT_LIMITS } from '../../src/config';
import { operationComplexity } from '../../src/graphql/limits/complexity-limit.plugin';
import { buildPraksisSchema } from '../../src/graphql/schema';

// The practice breakdowns are costed per row they can return (src/graphql/limits/complexity-
// estimators.ts): the municipality × year and × quarter tables analysts ask for fit the default
// limit in one request, and what would be far larger still does not.

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildPraksisSchema();
});

function cost(source: string): number {
  const document = parse(source);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
  )!;
  return operationComplexity(schema, document, operation, {})!;
}

const ROW =
  'decided onMerits reversed reversalRate reversalRateInterval { low high } outcomes { upheld changed annulled remanded dismissed }';
const table = (first: number, breakdowns: string) =>
  `{ practice(filter: { decidedFrom: "2014-01-01", decidedTo: "2025-12-31" }) {
      byAuthority(first: ${first}) { authority { code name } decided onMerits reversalRate reversalRateInterval { low high } ${breakdowns} } } }`;
const BY_YEAR = `byYear { year ${ROW} }`;
const BY_QUARTER = `byQuarter { year quarter ${ROW} }`;

describe('practice breakdowns against the default complexity limit', () => {
  it('98 municipalities × 12 years, and × 48 quarters, each fit in one request, and both together', () => {
    expect({
      years: cost(table(98, BY_YEAR)),
      quarters: cost(table(98, BY_QUARTER)),
      both: cost(table(98, `${BY_YEAR} ${BY_QUARTER}`)),
    }).toEqual({ years: 1962, quarters: 6372, both: 7940 });
    expect(cost(table(100, `${BY_YEAR} ${BY_QUARTER}`))).toBeLessThanOrEqual(DEFAULT_LIMITS.maxComplexity);
  });

  it('costs per row, not per count asked of a row: the counts are columns of one aggregation row', () => {
    expect(cost(table(98, 'byYear { year }'))).toBe(cost(table(98, BY_YEAR)));
    expect(cost(table(98, BY_QUARTER))).toBeGreaterThan(3 * cost(table(98, BY_YEAR)));
  });

  it('refuses 500 authorities by quarter and year, four such tables in one request, and a table per paragraph of a page', () => {
    expect(cost(table(500, `${BY_YEAR} ${BY_QUARTER}`))).toBeGreaterThan(DEFAULT_LIMITS.maxComplexity);
    const aliased = Array.from(
      { length: 4 },
      (_, i) =>
        `t${i}: practice(filter: { authority: "${i}" }) { byAuthority(first: 100) { ${BY_YEAR} ${BY_QUARTER} } }`,
    );
    expect(cost(`{ ${aliased.join(' ')} }`)).toBeGreaterThan(DEFAULT_LIMITS.maxComplexity);
    const perParagraph = `{ rulings(first: 20) { edges { node { paragraphs { practice { byAuthority(first: 98) { ${BY_YEAR} } } } } } } }`;
    expect(cost(perParagraph)).toBeGreaterThan(DEFAULT_LIMITS.maxComplexity);
  });
});
