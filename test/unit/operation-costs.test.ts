import 'reflect-metadata';
import { parse, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { operationComplexity } from '../../src/graphql/limits/complexity-limit.plugin';
import { costVariables } from '../../src/graphql/limits/cost-variables';
import { OperationCosts } from '../../src/graphql/limits/operation-costs';
import { buildPraksisSchema } from '../../src/graphql/schema';

// A remembered cost must be the cost: reused only where no variable it depends on differs.

const QUERY = `
  query Page($number: String!, $asOf: Date, $depth: Int!, $first: Int, $withCites: Boolean!) {
    ruling(number: $number) {
      number
      status(asOf: $asOf) { status }
      replaces(maxDepth: $depth) { depth ruling { number } }
      cites @include(if: $withCites) { number title }
      complaintCases(first: $first) { edges { node { id } } }
    }
  }
  query Other($numbers: [String!]!) { rulingsByNumbers(numbers: $numbers) { number } }
`;

let schema: GraphQLSchema;
let document: DocumentNode;
beforeAll(async () => {
  schema = await buildPraksisSchema();
  document = parse(QUERY);
});

function operation(name: string): OperationDefinitionNode {
  return document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === 'OperationDefinition' && definition.name?.value === name,
  )!;
}

function countingCosts() {
  const calls: Record<string, unknown>[] = [];
  const costs = new OperationCosts((doc, op, variables) => {
    calls.push(variables);
    return operationComplexity(schema, doc, op, { ...variables })!;
  });
  return { costs, calls };
}

const base = { number: 'K-1-90', asOf: '2026-01-01', depth: 3, first: 5, withCites: true };

describe('the variables a cost depends on', () => {
  it('are those in page sizes, lineage depth, key lists and directives, in every operation of the document', () => {
    expect(costVariables(document)).toEqual(['depth', 'first', 'numbers', 'withCites']);
  });
});

describe('remembered costs', () => {
  it('are estimated once for requests that differ only in other variables', () => {
    const { costs, calls } = countingCosts();
    const first = costs.costOf(document, operation('Page'), base);
    const second = costs.costOf(document, operation('Page'), { ...base, number: 'K-2-90', asOf: '2020-05-05' });
    expect(second).toBe(first);
    expect(calls).toHaveLength(1);
    expect(first).toBe(operationComplexity(schema, document, operation('Page'), base));
  });

  it.each([
    ['a page size', { first: 40 }],
    ['a lineage depth', { depth: 9 }],
    ['a directive condition', { withCites: false }],
  ])('are estimated again when %s differs, and equal the direct estimate', (_what, change) => {
    const { costs, calls } = countingCosts();
    const before = costs.costOf(document, operation('Page'), base);
    const changed = { ...base, ...change };
    const after = costs.costOf(document, operation('Page'), changed);
    expect(calls).toHaveLength(2);
    expect(after).not.toBe(before);
    expect(after).toBe(operationComplexity(schema, document, operation('Page'), changed));
  });

  it('tell a variable left out (its default) from one sent as null, and one operation from another', () => {
    const { costs, calls } = countingCosts();
    const withoutFirst: Record<string, unknown> = { ...base };
    delete withoutFirst.first;
    costs.costOf(document, operation('Page'), withoutFirst);
    costs.costOf(document, operation('Page'), { ...base, first: null });
    const three = costs.costOf(document, operation('Other'), { numbers: ['a', 'b', 'c'] });
    const one = costs.costOf(document, operation('Other'), { numbers: ['a'] });
    expect(calls).toHaveLength(4);
    expect(three).toBeGreaterThan(one);
  });
});
