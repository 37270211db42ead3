import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type OperationDefinitionNode } from 'graphql';

/**
 * The GraphQL operations of the project's README, one per ```graphql block, each with its
 * operation name: GraphQL Code Generator needs every operation named, and uniquely, to type
 * them side by side. What the typed-client example is generated from, and what
 * test/unit/typed-client-operations.test.ts holds operations/ to.
 */

export const README_PATH = join(__dirname, '..', '..', '..', 'README.md');
export const OPERATIONS_DIR = join(__dirname, 'operations');

export interface ReadmeOperation {
  name: string;
  /** The block as the README has it, so the file reads like the README. */
  text: string;
}

export function readmeOperations(readme = readFileSync(README_PATH, 'utf8')): ReadmeOperation[] {
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
  return blocks.map((text, index) => {
    const operations = parse(text).definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
    );
    if (operations.length !== 1 || !operations[0].name) {
      throw new Error(
        `README.md: graphql block ${index + 1} must hold exactly one named operation (e.g. "query RulingStatus { ... }")`,
      );
    }
    return { name: operations[0].name.value, text };
  });
}

export const operationFile = (name: string) => `${name}.graphql`;
