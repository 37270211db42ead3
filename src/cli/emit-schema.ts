import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPraksisSchema, printPraksisSchema } from '../graphql/schema';
import { importRecordSchema } from '../importer/import-schema';
import { SCHEMA_DIR } from '../shared/project-paths';

/**
 * schema/ holds the contracts front-end teams and data providers build against: the GraphQL
 * SDL and the import JSON Schema. Both are emitted from the code; --check fails on any drift.
 */
async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const files = {
    'schema.graphql': printPraksisSchema(await buildPraksisSchema()),
    'import.schema.json': JSON.stringify(importRecordSchema, null, 2) + '\n',
  };
  let drift = 0;
  for (const [name, content] of Object.entries(files)) {
    const path = join(SCHEMA_DIR, name);
    if (!check) {
      writeFileSync(path, content);
      console.log(`wrote schema/${name}`);
      continue;
    }
    let committed = '';
    try {
      committed = readFileSync(path, 'utf8');
    } catch {
      // Reported as drift below.
    }
    if (committed !== content) {
      console.error(
        `schema/${name} differs from what the code emits; run \`npm run schema:emit\` and commit the result.`,
      );
      drift++;
    } else {
      console.log(`schema/${name} matches the code.`);
    }
  }
  return drift ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
