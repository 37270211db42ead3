import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Code runs both from src/ (tsx, jest) and from dist/src/ (npm start); finding the folder that
// holds package.json keeps cypher/, seed/ and .neo4j/ reachable from either.
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${start}`);
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot(__dirname);
export const CYPHER_DIR = join(PROJECT_ROOT, 'cypher');
export const SEED_DIR = join(PROJECT_ROOT, 'seed');
export const SCHEMA_DIR = join(PROJECT_ROOT, 'schema');
export const LOCAL_NEO4J_DIR = join(PROJECT_ROOT, '.neo4j');
