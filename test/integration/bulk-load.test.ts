import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bulkLoad, BulkLoadError } from '../../src/importer/bulk/bulk-load';
import { runAdminImport } from '../../src/importer/bulk/neo4j-admin-import';
import { ImportRefusedError } from '../../src/importer/import-error';
import { importNdjson } from '../../src/importer/importer';
import { referenceSeedFiles } from '../../src/importer/seed-loader';
import { LocalNeo4jServer } from '../../src/local-neo4j/local-neo4j-server';
import { syntheticRecords } from '../../seed/synthetic';
import { graphFingerprint } from '../support/graph-fingerprint';
import { ndjsonFixture } from '../support/ndjson-fixture';
import { onOwnServer } from '../support/own-neo4j-server';
import { useTestBed } from '../support/test-bed';
import { ownNeo4jConfig, wipeNeo4jHome } from '../support/test-neo4j';

/**
 * `npm run import -- FILE --bulk` writes an empty database's store with neo4j-admin instead of
 * transactions. It must end in exactly the graph the transactional import writes from the same
 * file (every node, relationship, property and property type), and refuse what it cannot do
 * without touching the store. The bulk load stops and starts its server, so it gets its own;
 * the transactional import runs on the shared test server.
 */

const config = ownNeo4jConfig('bulk', 200);
const server = new LocalNeo4jServer(config, () => {});
const { db } = useTestBed({ service: false, setup: () => wipeNeo4jHome(config), teardown: () => server.stop() });

async function transactionalFingerprint(path: string): Promise<string[]> {
  await db.clear();
  await importNdjson(db.executor, path);
  return graphFingerprint(db.executor);
}

async function bulkRefusal(path: string): Promise<Error> {
  try {
    await bulkLoad(config, path);
  } catch (error) {
    if (error instanceof ImportRefusedError || error instanceof BulkLoadError) return error;
    throw error;
  }
  throw new Error('the bulk load was not refused');
}

const seedLines = () =>
  referenceSeedFiles().flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== ''),
  );

describe('a bulk load ends in the graph the transactional import writes', () => {
  test('the reference seed', async () => {
    const fixture = ndjsonFixture(seedLines());
    try {
      const expected = await transactionalFingerprint(fixture.path);
      const summary = await bulkLoad(config, fixture.path);
      expect(summary.records).toBe(seedLines().length);
      const actual = await onOwnServer(server, (executor) => graphFingerprint(executor));
      expect(actual).toEqual(expected);
      const rulings = seedLines().filter((line) => JSON.parse(line).kind === 'ruling').length;
      expect(actual.filter((entry) => entry.startsWith('Ruling ')).length).toBe(rulings);
    } finally {
      fixture.remove();
    }
  }, 240_000);

  test('synthetic data, with text that CSV must quote (commas, quotes, line breaks, unicode)', async () => {
    const records: object[] = [...syntheticRecords({ rulings: 300, cases: 3000, seed: 11 })];
    const firstCase = records.findIndex((record) => (record as { kind: string }).kind === 'complaintCase');
    records.splice(firstCase, 0, {
      kind: 'ruling',
      number: '99-26',
      title: 'Titel med "citat", komma; semikolon og æøå',
      summary: 'Første linje\nanden linje\r\ntredje, med "anførselstegn" og \\ skråstreg',
      decidedOn: '2026-01-15',
      datePrecision: 'MONTH',
      area: 'social',
      paragraphs: [
        (records.find((record) => (record as { kind: string }).kind === 'paragraph') as { ref: string }).ref,
      ],
    });
    const fixture = ndjsonFixture(records);
    server.removeStore();
    try {
      const expected = await transactionalFingerprint(fixture.path);
      await bulkLoad(config, fixture.path);
      const actual = await onOwnServer(server, async (executor) => {
        const [stored] = await executor.query<{ title: string; summary: string }>(
          "MATCH (r:Ruling {number: '99-26'}) RETURN r.title AS title, r.summary AS summary",
        );
        expect(stored.summary).toBe('Første linje\nanden linje\r\ntredje, med "anførselstegn" og \\ skråstreg');
        // The full-text index was built over the loaded rulings.
        const found = await executor.query<{ number: string }>(
          "CALL db.index.fulltext.queryNodes('ruling_text', 'semikolon') YIELD node RETURN node.number AS number",
        );
        expect(found.map((row) => row.number)).toEqual(['99-26']);
        return graphFingerprint(executor);
      });
      expect(actual.length).toBeGreaterThan(3000 * 5);
      expect(actual).toEqual(expected);
    } finally {
      fixture.remove();
    }
  }, 240_000);
});

describe('a bulk load refuses, and the store is left as it was', () => {
  // The graph of the test before, which the refusals below must leave as it is.
  test('a server another process runs, then a database that holds data', async () => {
    const fixture = ndjsonFixture(seedLines().slice(0, 3));
    try {
      const before = await onOwnServer(server, async (executor) => {
        const graph = await graphFingerprint(executor);
        expect(graph.length).toBeGreaterThan(0);
        expect((await bulkRefusal(fixture.path)).message).toMatch(
          /running in another process \(the service\?\)\. Stop it first/,
        );
        expect(await graphFingerprint(executor)).toEqual(graph);
        return graph;
      });
      const error = await bulkRefusal(fixture.path);
      expect(error).toBeInstanceOf(BulkLoadError);
      expect(error.message).toMatch(
        /already holds \d+ nodes.*only loads into an empty one; import without --bulk to add to it/,
      );
      expect(await onOwnServer(server, (executor) => graphFingerprint(executor))).toEqual(before);
    } finally {
      fixture.remove();
    }
  }, 240_000);

  test('neo4j-admin failing: its output in the error, and the half-written store removed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'praksis-admin-'));
    try {
      writeFileSync(join(dir, 'ruling.csv'), ':ID,number\n0,"51-19"\n');
      // A link to node 7, which no file defines: neo4j-admin must refuse it (--bad-tolerance=0).
      writeFileSync(join(dir, 'cites.csv'), ':START_ID,:END_ID\n0,7\n');
      const files = {
        nodes: [{ label: 'Ruling' as const, path: join(dir, 'ruling.csv'), rows: 1 }],
        relationships: [{ type: 'CITES' as const, path: join(dir, 'cites.csv'), rows: 1 }],
        multiline: [],
      };
      await expect(runAdminImport(server, files, dir, '256m')).rejects.toThrow(
        /neo4j-admin database import failed \(exit \d+\); the database was left empty\. Its last output:\n[\s\S]*\S/,
      );
      expect(server.hasStore()).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);

  test('a file with errors: every problem named with its line, nothing written', async () => {
    server.removeStore();
    const law = { kind: 'law', id: 'SEL', title: 'Lov om social service', shortTitle: 'serviceloven' };
    const paragraph = { kind: 'paragraph', ref: 'SEL § 41', validFrom: '2006-01-01' };
    const ruling = {
      kind: 'ruling',
      number: '51-19',
      title: 'Merudgifter',
      decidedOn: '2019-06-01',
      area: 'children',
      paragraphs: ['SEL § 41'],
    };
    const fixture = ndjsonFixture([
      law,
      paragraph,
      ruling,
      { ...ruling, number: '52-19', title: 'Borger 010190-1234 fik afslag' },
      { ...ruling, number: '53-19', paragraphs: ['SEL § 999'] },
      {
        kind: 'consolidation',
        id: '2019-1',
        decidedOn: '2019-01-01',
        type: 'REPEAL',
        containsNewPractice: false,
        repeals: [{ ruling: '51-19', extent: 'FULL' }],
      },
      { ...ruling, title: 'Samme nummer igen' },
    ]);
    try {
      const error = await bulkRefusal(fixture.path);
      expect(error).toBeInstanceOf(ImportRefusedError);
      const problems = (error as ImportRefusedError).problems.map((problem) => `${problem.line} ${problem.field}`);
      expect(problems).toEqual(['4 title', '5 paragraphs[0]', '6 decidedOn', '7 number']);
      expect(error.message).toMatch(
        /line 7, field "number": ruling "51-19" appears a second time \(first on line 3\); a bulk load takes each key once/,
      );
      expect(server.hasStore()).toBe(false);
    } finally {
      fixture.remove();
    }
  });
});
