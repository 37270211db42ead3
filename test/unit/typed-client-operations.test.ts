import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPERATIONS_DIR, operationFile, readmeOperations } from '../../docs/examples/typed-client/readme-operations';

// The typed-client example is generated from docs/examples/typed-client/operations/, copies of
// the README's operations: they must not drift apart (npm run typed-client:operations rewrites them).
describe('README operations for the typed client', () => {
  const operations = readmeOperations();

  it('are all named, each name once', () => {
    expect(operations.length).toBeGreaterThanOrEqual(5);
    expect(new Set(operations.map((operation) => operation.name)).size).toBe(operations.length);
  });

  it('are in operations/ exactly as the README has them, and nothing else is', () => {
    const files = readdirSync(OPERATIONS_DIR)
      .filter((file) => file.endsWith('.graphql'))
      .sort();
    expect(files).toEqual(operations.map((operation) => operationFile(operation.name)).sort());
    for (const operation of operations) {
      expect(readFileSync(join(OPERATIONS_DIR, operationFile(operation.name)), 'utf8')).toBe(operation.text);
    }
  });

  it('refuses an anonymous operation, naming the block', () => {
    expect(() => readmeOperations('```graphql\n{ ruling(number: "51-19") { number } }\n```\n')).toThrow(
      /graphql block 1 must hold exactly one named operation/,
    );
  });
});
