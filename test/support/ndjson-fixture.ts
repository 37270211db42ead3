import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Neo4jExecutor } from '../../src/db/executor';
import { importNdjson } from '../../src/importer/importer';

/** Writes records (objects or raw lines) to a temporary NDJSON file; remove() cleans up. */
export function ndjsonFixture(records: (object | string)[]): { path: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'praksis-fixture-'));
  const path = join(dir, 'fixture.ndjson');
  writeFileSync(
    path,
    records.map((record) => (typeof record === 'string' ? record : JSON.stringify(record))).join('\n') + '\n',
  );
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Imports records through the real importer (both passes), from a temporary file removed afterwards. */
export async function importRecords(executor: Neo4jExecutor, records: (object | string)[]): Promise<void> {
  const fixture = ndjsonFixture(records);
  try {
    await importNdjson(executor, fixture.path);
  } finally {
    fixture.remove();
  }
}
