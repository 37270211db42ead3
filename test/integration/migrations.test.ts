import { applyMigrations, pendingMigrationCount, readMigrations } from '../../src/db/migrations';
import { useTestBed } from '../support/test-bed';

// The test bed empties the graph before and after; migration records stay.
const { db } = useTestBed({ service: false });

describe('migrations', () => {
  it('are recorded once each, in order, and a second run applies nothing', async () => {
    // Global setup already applied them to this server.
    expect(await applyMigrations(db.executor)).toBe(0);
    expect(await pendingMigrationCount(db.executor)).toBe(0);
    const rows = await db.executor.query<{ version: number }>(
      'MATCH (m:SchemaMigration) RETURN m.version AS version ORDER BY version',
    );
    expect(rows.map((row) => row.version)).toEqual(readMigrations().map((migration) => migration.version));
  });

  it('created a uniqueness constraint for every key of the graph model and the Danish full-text index', async () => {
    const constraints = await db.executor.query<{ label: string; property: string }>(
      `SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS'
       RETURN labelsOrTypes[0] AS label, properties[0] AS property`,
    );
    expect(constraints).toEqual(
      expect.arrayContaining([
        { label: 'Law', property: 'id' },
        { label: 'Paragraph', property: 'ref' },
        { label: 'Ruling', property: 'number' },
        { label: 'Consolidation', property: 'id' },
        { label: 'Authority', property: 'code' },
        { label: 'ReversalReason', property: 'code' },
        { label: 'ComplaintCase', property: 'id' },
        // V0006: audit entries and the editing lock node (src/editing/editing.repository.ts).
        { label: 'AuditEntry', property: 'id' },
        { label: 'WriteLock', property: 'name' },
      ]),
    );
    const [fulltext] = await db.executor.query<{ analyzer: string; state: string }>(
      `SHOW FULLTEXT INDEXES YIELD name, options, state WHERE name = 'ruling_text'
       RETURN options.indexConfig['fulltext.analyzer'] AS analyzer, state`,
    );
    expect(fulltext).toEqual({ analyzer: 'danish', state: 'ONLINE' });
  });

  it('refuses to start when an applied migration file was changed afterwards', async () => {
    await db.executor.write((tx) => tx.run(`MATCH (m:SchemaMigration {version: 1}) SET m.checksum = 'edited'`));
    const original = readMigrations()[0].checksum;
    try {
      await expect(applyMigrations(db.executor)).rejects.toThrow(
        /V1__key_constraints was changed after it was applied/,
      );
    } finally {
      await db.executor.write((tx) =>
        tx.run(`MATCH (m:SchemaMigration {version: 1}) SET m.checksum = $original`, { original }),
      );
    }
  });
});
