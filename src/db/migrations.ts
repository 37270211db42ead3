import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR } from '../shared/project-paths';
import type { Neo4jExecutor } from './executor';

const MIGRATIONS_DIR = join(CYPHER_DIR, 'migrations');
const FILE_PATTERN = /^V(\d{4})__([a-z0-9_]+)\.cypher$/;

export interface Migration {
  version: number;
  name: string;
  checksum: string;
  statements: string[];
}

export class MigrationError extends Error {}

/** Splits on semicolons that end a line; comments are dropped first. */
function statementsOf(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => {
      const match = FILE_PATTERN.exec(file);
      if (!match) throw new MigrationError(`${file}: migration files are named V0001__snake_case.cypher`);
      const text = readFileSync(join(dir, file), 'utf8');
      return {
        version: Number(match[1]),
        name: match[2],
        checksum: createHash('sha256').update(text).digest('hex'),
        statements: statementsOf(text),
      };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new MigrationError(
        `migration versions must run 1, 2, 3 ... without gaps; found V${migration.version} at position ${index + 1}`,
      );
    }
  });
  return migrations;
}

/**
 * Applies pending migrations in order and records each as a (:SchemaMigration) node so it runs
 * once. Statements use IF NOT EXISTS, so an interrupted migration is simply run again. A changed
 * file that was already applied is refused: migrations are append-only.
 */
export async function applyMigrations(
  executor: Neo4jExecutor,
  log: (line: string) => void = () => {},
): Promise<number> {
  await executor.runAutoCommit(
    'CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE',
  );
  const applied = new Map(
    (
      await executor.query<{ version: number; checksum: string }>(
        'MATCH (m:SchemaMigration) RETURN m.version AS version, m.checksum AS checksum',
      )
    ).map((row) => [row.version, row.checksum]),
  );
  let count = 0;
  for (const migration of readMigrations()) {
    const checksum = applied.get(migration.version);
    if (checksum !== undefined) {
      if (checksum !== migration.checksum) {
        throw new MigrationError(
          `V${migration.version}__${migration.name} was changed after it was applied; add a new migration instead`,
        );
      }
      continue;
    }
    for (const statement of migration.statements) await executor.runAutoCommit(statement);
    await executor.write((tx) =>
      tx.run(
        `MERGE (m:SchemaMigration {version: $version})
         SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()`,
        { version: migration.version, name: migration.name, checksum: migration.checksum },
      ),
    );
    log(`Applied migration V${String(migration.version).padStart(4, '0')}__${migration.name}`);
    count++;
  }
  await executor.runAutoCommit('CALL db.awaitIndexes(300)');
  return count;
}

export async function pendingMigrationCount(executor: Neo4jExecutor): Promise<number> {
  const rows = await executor.query<{ versions: number[] }>(
    'MATCH (m:SchemaMigration) RETURN collect(m.version) AS versions',
  );
  const applied = new Set(rows[0]?.versions ?? []);
  return readMigrations().filter((migration) => !applied.has(migration.version)).length;
}
