import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importNdjson } from '../../src/importer/importer';
import { referenceSeedFiles } from '../../src/importer/seed-loader';
import { buildAsNpmScriptsDo, envWithoutNeo4j, runBuiltCli, type CliRun } from '../support/cli';
import { testConnection } from '../support/database';
import { ndjsonFixture } from '../support/ndjson-fixture';
import { useTestBed } from '../support/test-bed';

// The CLI as a user runs it, from the build `npm run import` makes (src/cli/build-when-changed.js).
const scratch = mkdtempSync(join(tmpdir(), 'praksis-import-cli-'));
const { db } = useTestBed({ service: false });

beforeAll(() => buildAsNpmScriptsDo(), 180_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the import CLI; env replaces the Neo4j settings of the test process. */
const runCli = (args: string[], env: Record<string, string | undefined>): Promise<CliRun> =>
  runBuiltCli('import', args, { ...envWithoutNeo4j(), ...env });

const testNeo4j = () => {
  const { uri, user, password } = testConnection();
  return { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };
};

/** Processes whose command line names the path: a Neo4j started on a home would. */
function processesNaming(path: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(path);
      } catch {
        return false;
      }
    })
    .map(Number);
}

const law = { kind: 'law', id: 'SEL', title: 'Lov om social service', shortTitle: 'serviceloven' };
const paragraph = { kind: 'paragraph', ref: 'SEL § 41', validFrom: '2006-01-01' };
const ruling = (number: string, title: string) => ({
  kind: 'ruling',
  number,
  title,
  decidedOn: '2014-07-01',
  area: 'children',
  paragraphs: ['SEL § 41'],
});

describe('npm run import on a file that is not valid', () => {
  const home = join(scratch, 'bundled-home-never-created');
  const bad = ndjsonFixture([
    '{"kind": "law", "id": "SEL"',
    'plainly not json',
    JSON.stringify({ ...ruling('10-14', 'x'), decidedOn: '2014-13-01' }),
  ]);
  afterAll(() => bad.remove());

  it('is refused from the file alone, without starting or reaching any Neo4j, every problem listed', async () => {
    const problemsFile = join(scratch, 'problems.json');
    const run = await runCli([bad.path, '--problems-json', problemsFile], {
      LOCAL_NEO4J_HOME: home,
      LOCAL_NEO4J_BOLT_PORT: process.env.LOCAL_NEO4J_BOLT_PORT,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'Import refused, nothing was written and no Neo4j was started or reached. 3 problem(s):',
    );
    expect(run.stderr).toMatch(/line 1: not valid JSON/);
    expect(run.stderr).toMatch(/line 2: not valid JSON/);
    expect(run.stderr).toContain('line 3, field "decidedOn": not a calendar date');
    expect(run.stderr).not.toMatch(/Starting the bundled Neo4j|Using the Neo4j/);
    // The bundled server's home is where a start writes neo4j.conf first; it was never made.
    expect(existsSync(home)).toBe(false);
    expect(processesNaming(home)).toEqual([]);
    const report = JSON.parse(readFileSync(problemsFile, 'utf8'));
    expect(report).toMatchObject({ ok: false, stage: 'file', records: 3, truncated: false });
    expect(report.problems.map((problem: { line: number; field: string }) => [problem.line, problem.field])).toEqual([
      [1, ''],
      [2, ''],
      [3, 'decidedOn'],
    ]);
  });

  it('fails --check the same way, with exit code 1', async () => {
    const run = await runCli([bad.path, '--check'], { LOCAL_NEO4J_HOME: home });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Check failed. 3 problem(s):');
    expect(existsSync(home)).toBe(false);
  });
});

describe('npm run import -- --help and usage errors', () => {
  it('prints the options and exits 0', async () => {
    const run = await runCli(['--help'], {});
    expect(run.code).toBe(0);
    for (const option of ['--check', '--problems-json FILE', '--batch-size N', '--bulk', 'Exit codes'])
      expect(run.stdout).toContain(option);
  });

  it('exits 2 on an unknown option, naming it', async () => {
    const run = await runCli(['file.ndjson', '--frobnicate'], {});
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--frobnicate'");
  });
});

describe('npm run import against a database', () => {
  beforeEach(() => db.clear());

  it('--check passes a valid file with exit code 0 and writes nothing', async () => {
    const file = ndjsonFixture([law, paragraph, ruling('10-14', 'Merudgifter')]);
    try {
      const run = await runCli([file.path, '--check'], testNeo4j());
      expect(run.stderr).not.toContain('problem');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(
        'Check passed: 3 records (1 law, 1 paragraph, 1 ruling), no problems; nothing was written.',
      );
      expect(await db.counts()).toEqual({ nodes: 0, relationships: 0 });
    } finally {
      file.remove();
    }
  });

  it('--check refuses a reference the database cannot resolve, stage "database"', async () => {
    const file = ndjsonFixture([ruling('10-14', 'Merudgifter')]);
    const problemsFile = join(scratch, 'database-problems.json');
    try {
      const run = await runCli([file.path, '--check', '--problems-json', problemsFile], testNeo4j());
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('line 1, field "paragraphs[0]": unknown paragraph "SEL § 41"');
      expect(JSON.parse(readFileSync(problemsFile, 'utf8'))).toMatchObject({
        ok: false,
        stage: 'database',
        problems: [{ line: 1, field: 'paragraphs[0]' }],
      });
    } finally {
      file.remove();
    }
  });

  it('says what an import created, what a re-import updated and that a third changed nothing', async () => {
    const first = ndjsonFixture([
      law,
      paragraph,
      ruling('10-14', 'Merudgifter'),
      ruling('11-14', 'Tabt arbejdsfortjeneste'),
    ]);
    const corrected = ndjsonFixture([
      law,
      paragraph,
      ruling('10-14', 'Merudgifter'),
      ruling('11-14', 'Tabt arbejdsfortjeneste, rettet'),
    ]);
    try {
      const created = await runCli([first.path], testNeo4j());
      expect(created.code).toBe(0);
      expect(created.stdout).toMatch(
        /What changed:\n {2}law +1 created, 0 updated, 0 unchanged\n {2}paragraph +1 created, 0 updated, 0 unchanged\n {2}ruling +2 created, 0 updated, 0 unchanged/,
      );

      const updated = await runCli([corrected.path], testNeo4j());
      expect(updated.stdout).toMatch(
        /law +0 created, 0 updated, 1 unchanged\n {2}paragraph +0 created, 0 updated, 1 unchanged\n {2}ruling +0 created, 1 updated, 1 unchanged/,
      );

      const again = await runCli([corrected.path], testNeo4j());
      expect(again.stdout).toContain('Nothing changed: every record was already stored as the file states it.');
    } finally {
      first.remove();
      corrected.remove();
    }
  }, 180_000);
});

describe('change counts of the importer', () => {
  beforeAll(() => db.clear());

  it('counts the reference seed as created, then every kind as unchanged on a second import', async () => {
    const import1 = [];
    for (const file of referenceSeedFiles()) import1.push(await importNdjson(db.executor, file));
    const import2 = [];
    for (const file of referenceSeedFiles()) import2.push(await importNdjson(db.executor, file));
    for (const [index, summary] of import1.entries()) {
      for (const [kind, count] of Object.entries(summary.byKind)) {
        expect([kind, summary.changes[kind as keyof typeof summary.changes]]).toEqual([
          kind,
          { created: count, updated: 0, unchanged: 0 },
        ]);
        expect([kind, import2[index].changes[kind as keyof typeof summary.changes]]).toEqual([
          kind,
          { created: 0, updated: 0, unchanged: count },
        ]);
      }
    }
    expect(import1.flatMap((summary) => Object.keys(summary.byKind)).sort()).toEqual([
      'authority',
      'complaintCase',
      'consolidation',
      'law',
      'paragraph',
      'reversalReason',
      'ruling',
    ]);
  }, 240_000);

  it('counts a complaint case whose outcome was corrected as updated', async () => {
    const seedCases = referenceSeedFiles().find((file) => file.endsWith('07-complaint-cases.ndjson'))!;
    const [firstCase] = readFileSync(seedCases, 'utf8').split('\n');
    const record = JSON.parse(firstCase);
    const corrected = ndjsonFixture([
      { ...record, outcomes: record.outcomes.includes('UPHELD') ? ['DISMISSED'] : ['UPHELD'] },
    ]);
    try {
      const summary = await importNdjson(db.executor, corrected.path);
      expect(summary.changes).toEqual({ complaintCase: { created: 0, updated: 1, unchanged: 0 } });
    } finally {
      corrected.remove();
    }
  });
});
