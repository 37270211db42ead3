import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPERATIONS_DIR, operationFile, readmeOperations } from './readme-operations';

/**
 * Writes the README's operations to operations/<Name>.graphql, the documents the typed client
 * is generated from (npm run typed-client:operations). With --check it writes nothing and exits
 * 1 naming each file that differs from the README, is missing or is left over, as CI runs it.
 */
const check = process.argv.includes('--check');
const wanted = new Map(readmeOperations().map((operation) => [operationFile(operation.name), operation.text]));
if (wanted.size !== readmeOperations().length) {
  console.error('README.md: two graphql blocks have the same operation name');
  process.exit(1);
}
mkdirSync(OPERATIONS_DIR, { recursive: true });
const present = readdirSync(OPERATIONS_DIR).filter((file) => file.endsWith('.graphql'));
const problems: string[] = [];
for (const [file, text] of wanted) {
  const path = join(OPERATIONS_DIR, file);
  const current = present.includes(file) ? readFileSync(path, 'utf8') : null;
  if (current === text) continue;
  if (check) problems.push(`${file}: ${current === null ? 'missing' : 'differs from README.md'}`);
  else writeFileSync(path, text);
}
for (const file of present.filter((file) => !wanted.has(file))) {
  if (check) problems.push(`${file}: no longer in README.md`);
  else rmSync(join(OPERATIONS_DIR, file));
}
if (problems.length > 0) {
  console.error(
    `docs/examples/typed-client/operations/ is out of date (npm run typed-client:operations):\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(
  check
    ? `operations/ matches the README's ${wanted.size} operations`
    : `wrote ${wanted.size} operations to operations/`,
);
