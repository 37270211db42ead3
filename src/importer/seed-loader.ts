import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Neo4jExecutor } from '../db/executor';
import { SEED_DIR } from '../shared/project-paths';
import { importNdjson } from './importer';

export const REFERENCE_SEED_DIR = join(SEED_DIR, 'reference');

/** The real reference data, in load order (files are numbered). */
export function referenceSeedFiles(): string[] {
  return readdirSync(REFERENCE_SEED_DIR)
    .filter((file) => file.endsWith('.ndjson'))
    .sort()
    .map((file) => join(REFERENCE_SEED_DIR, file));
}

export async function importReferenceSeed(executor: Neo4jExecutor): Promise<number> {
  let records = 0;
  for (const file of referenceSeedFiles()) records += (await importNdjson(executor, file)).records;
  return records;
}

/** Loads the reference seed into a database that holds no rulings yet; leaves any other alone. */
export async function seedWhenEmpty(executor: Neo4jExecutor, log: (line: string) => void): Promise<void> {
  const [{ rulings }] = await executor.query<{ rulings: number }>('MATCH (r:Ruling) RETURN count(r) AS rulings');
  if (rulings > 0) return;
  const records = await importReferenceSeed(executor);
  log(`Loaded the reference seed into the empty database (${records} records).`);
}
