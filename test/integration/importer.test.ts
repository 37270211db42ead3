import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeBatch } from '../../src/importer/batch-writer';
import { ImportRefusedError } from '../../src/importer/import-error';
import { importNdjson } from '../../src/importer/importer';
import { validateRecordLine } from '../../src/importer/record-validator';
import { importReferenceSeed, referenceSeedFiles } from '../../src/importer/seed-loader';
import { PROJECT_ROOT } from '../../src/shared/project-paths';
import { testConnection } from '../support/database';
import { ndjsonFixture } from '../support/ndjson-fixture';
import { useTestBed } from '../support/test-bed';

const { db } = useTestBed({ service: false });

async function refusal(records: (object | string)[]): Promise<ImportRefusedError> {
  const fixture = ndjsonFixture(records);
  try {
    await importNdjson(db.executor, fixture.path);
  } catch (error) {
    if (error instanceof ImportRefusedError) return error;
    throw error;
  } finally {
    fixture.remove();
  }
  throw new Error('the import was not refused');
}

const law = { kind: 'law', id: 'SEL', title: 'Lov om social service', shortTitle: 'serviceloven' };
const paragraph = { kind: 'paragraph', ref: 'SEL § 41', validFrom: '2006-01-01' };
const ruling = (number: string, decidedOn: string, extra: object = {}) => ({
  kind: 'ruling',
  number,
  title: `Afgørelse ${number}`,
  decidedOn,
  area: 'children',
  paragraphs: ['SEL § 41'],
  ...extra,
});

describe('the reference seed', () => {
  beforeEach(() => db.clear());

  it('imports into an empty graph with the facts of seed/reference/README.md', async () => {
    await importReferenceSeed(db.executor);
    const [row] = await db.executor.query<Record<string, number>>(`
      CALL () { MATCH (m:Authority {kind: 'MUNICIPALITY'}) RETURN count(m) AS municipalities }
      CALL () { MATCH (r:Ruling) RETURN count(r) AS rulings }
      CALL () { MATCH (:Consolidation)-[x:REPEALS]->() RETURN count(x) AS repeals }
      CALL () { MATCH (:Paragraph {ref: 'SEL § 41'})-[s:SUCCEEDED_BY]->(:Paragraph {ref: 'BL § 86'}) RETURN count(s) AS succession }
      RETURN municipalities, rulings, repeals, succession`);
    expect(row).toEqual({ municipalities: 98, rulings: 30, repeals: 10, succession: 1 });
  });

  it('changes nothing when imported a second time', async () => {
    await importReferenceSeed(db.executor);
    const first = await db.counts();
    await importReferenceSeed(db.executor);
    expect(await db.counts()).toEqual(first);
    expect(first.nodes).toBeGreaterThan(500);
  });

  it('ends in the same state when an import cut off midway is simply run again', async () => {
    await importReferenceSeed(db.executor);
    const complete = await db.counts();
    await db.clear();

    // Simulate a crash: only the first half of every file's records reached the database.
    for (const file of referenceSeedFiles()) {
      const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
      const records = lines.slice(0, Math.ceil(lines.length / 2)).map((text, index) => {
        const result = validateRecordLine(text, index + 1);
        if (!result.ok) throw new Error('seed line invalid');
        return result.record;
      });
      await writeBatch(db.executor, records);
    }
    expect((await db.counts()).nodes).toBeLessThan(complete.nodes);

    await importReferenceSeed(db.executor);
    expect(await db.counts()).toEqual(complete);
  });
});

describe('refused imports', () => {
  beforeEach(async () => {
    await db.clear();
    await importReferenceSeed(db.executor);
  });

  it('names all three problems of a bad file and writes nothing', async () => {
    const before = await db.counts();
    const error = await refusal([
      {
        kind: 'ruling',
        number: '901-24',
        title: 'Sag om 010190-1234',
        decidedOn: '2024-02-01',
        area: 'children',
        paragraphs: ['BL § 86'],
      },
      {
        kind: 'ruling',
        number: '902-24',
        title: 'Ukendt paragraf',
        decidedOn: '2024-02-01',
        area: 'children',
        paragraphs: ['BL § 999'],
      },
      {
        kind: 'ruling',
        number: '903-24',
        title: 'Ny afgørelse',
        decidedOn: '2024-03-01',
        area: 'disability',
        paragraphs: ['SEL § 112'],
      },
      {
        kind: 'consolidation',
        id: 'T-1',
        decidedOn: '2023-01-01',
        type: 'REPEAL',
        repeals: [{ ruling: '4-24', extent: 'FULL' }],
        containsNewPractice: false,
      },
    ]);
    expect(error.problems).toEqual([
      expect.objectContaining({ line: 1, field: 'title', message: expect.stringContaining('CPR') }),
      expect.objectContaining({ line: 2, field: 'paragraphs[0]', message: expect.stringContaining('BL § 999') }),
      expect.objectContaining({ line: 4, field: 'decidedOn', message: expect.stringContaining('before 4-24') }),
    ]);
    expect(error.message).not.toContain('1234');
    expect(await db.counts()).toEqual(before);
    const [{ found }] = await db.executor.query<{ found: number }>(
      `MATCH (r:Ruling) WHERE r.number IN ['901-24', '902-24', '903-24'] RETURN count(r) AS found`,
    );
    expect(found).toBe(0);
  });

  it('reports line, field and what was expected for malformed records', async () => {
    const error = await refusal([
      '{"kind":"law", "id": "SEL"',
      {
        kind: 'ruling',
        number: '51-19x',
        title: 'x',
        decidedOn: '2019-13-01',
        area: 'elsewhere',
        paragraphs: ['SEL § 41'],
      },
      { kind: 'authority', code: '101', name: 'København', type: 'CITY', extra: 1 },
      { kind: 'meeting' },
      {
        kind: 'complaintCase',
        id: 'K-1',
        receivedOn: '2020-05-01',
        decidedOn: '2020-04-01',
        authority: '101',
        paragraphs: ['SEL § 41'],
        outcomes: ['UPHELD'],
      },
    ]);
    const at = (line: number) => error.problems.filter((problem) => problem.line === line);
    expect(at(1)[0]).toMatchObject({ field: '', message: expect.stringContaining('not valid JSON') });
    expect(at(2)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'area', expected: expect.stringContaining('children') }),
        expect.objectContaining({ field: 'decidedOn', expected: expect.stringContaining('YYYY-MM-DD') }),
      ]),
    );
    expect(at(3)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'type', expected: expect.stringContaining('MUNICIPALITY') }),
        expect.objectContaining({ field: 'extra', message: 'unknown field' }),
      ]),
    );
    expect(at(4)[0]).toMatchObject({ field: 'kind', expected: expect.stringContaining('complaintCase') });
    expect(at(5)[0]).toMatchObject({ field: 'receivedOn', message: expect.stringContaining('after decidedOn') });
  });

  it('refuses a reference to a record that comes later in the file', async () => {
    const error = await refusal([
      law,
      ruling('1-30', '2020-01-01', { paragraphs: ['SEL § 77'] }),
      { ...paragraph, ref: 'SEL § 77' },
    ]);
    expect(error.problems).toEqual([
      expect.objectContaining({ line: 2, field: 'paragraphs[0]', message: 'unknown paragraph "SEL § 77"' }),
    ]);
  });

  it('refuses lineage that would become circular, within the file or together with the database', async () => {
    // C-A: 2-20 replaces 1-20; C-B: 1-20 replaces 2-20, closing the circle.
    const rewrite = (id: string, decidedOn: string, issued: string, repealed: string) => ({
      kind: 'consolidation',
      id,
      decidedOn,
      type: 'REWRITE',
      issued: [issued],
      repeals: [{ ruling: repealed, extent: 'PARTIAL' }],
      containsNewPractice: false,
    });
    const inFile = await refusal([
      law,
      paragraph,
      ruling('1-20', '2020-01-01'),
      ruling('2-20', '2020-01-01'),
      rewrite('C-A', '2020-02-01', '2-20', '1-20'),
      rewrite('C-B', '2020-03-01', '1-20', '2-20'),
    ]);
    expect(inFile.problems.some((problem) => /circular/.test(problem.message))).toBe(true);

    const fixture = ndjsonFixture([
      law,
      paragraph,
      ruling('1-20', '2020-01-01'),
      ruling('2-20', '2020-01-01'),
      rewrite('C-A', '2020-02-01', '2-20', '1-20'),
    ]);
    await importNdjson(db.executor, fixture.path);
    fixture.remove();
    const withDatabase = await refusal([rewrite('C-B', '2020-03-01', '1-20', '2-20')]);
    expect(withDatabase.problems).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining('circular') }),
    ]);
  });

  it('refuses circular paragraph succession and a second full repeal of a ruling', async () => {
    const succession = await refusal([
      { kind: 'paragraph', ref: 'SEL § 41', validFrom: '2024-06-01', replaces: ['BL § 86'] },
    ]);
    expect(succession.problems).toEqual([
      expect.objectContaining({ field: 'replaces[0]', message: expect.stringContaining('circular') }),
    ]);

    const doubleRepeal = await refusal([
      {
        kind: 'consolidation',
        id: 'again',
        decidedOn: '2020-01-01',
        type: 'REPEAL',
        repeals: [{ ruling: 'U-10-08', extent: 'FULL' }],
        containsNewPractice: false,
      },
    ]);
    expect(doubleRepeal.problems).toEqual([
      expect.objectContaining({
        field: 'repeals[0].ruling',
        message: expect.stringContaining('already fully repealed by consolidation 2019-51'),
      }),
    ]);
  });

  it('refuses decision dates in the future', async () => {
    const error = await refusal([ruling('5-99', '2999-01-01', { paragraphs: ['BL § 86'] })]);
    expect(error.problems).toEqual([
      expect.objectContaining({ field: 'decidedOn', message: expect.stringContaining('in the future') }),
    ]);
  });
});

describe('registered outcome and updates', () => {
  beforeAll(async () => {
    await db.clear();
    await importReferenceSeed(db.executor);
  });

  it('registers a case with several outcomes under the most far-reaching one', async () => {
    const fixture = ndjsonFixture([
      {
        kind: 'complaintCase',
        id: 'T-OUT-1',
        receivedOn: '2022-01-01',
        decidedOn: '2022-03-01',
        authority: '101',
        paragraphs: ['SEL § 112'],
        outcomes: ['UPHELD', 'REMANDED', 'CHANGED'],
      },
      {
        kind: 'complaintCase',
        id: 'T-OUT-2',
        receivedOn: '2022-01-01',
        decidedOn: '2022-03-01',
        authority: '101',
        paragraphs: ['SEL § 112'],
        outcomes: ['DISMISSED', 'UPHELD'],
      },
    ]);
    await importNdjson(db.executor, fixture.path);
    fixture.remove();
    const rows = await db.executor.query<{ id: string; outcome: string }>(
      `MATCH (c:ComplaintCase) WHERE c.id STARTS WITH 'T-OUT' RETURN c.id AS id, c.outcome AS outcome ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: 'T-OUT-1', outcome: 'CHANGED' },
      { id: 'T-OUT-2', outcome: 'UPHELD' },
    ]);
  });

  it('lets a corrected record replace the links of the earlier one', async () => {
    const fixture = ndjsonFixture([
      {
        kind: 'ruling',
        number: '4-24',
        title: 'Kompressionsmaskine',
        decidedOn: '2024-01-01',
        datePrecision: 'YEAR',
        area: 'disability',
        paragraphs: ['SEL § 113'],
      },
    ]);
    await importNdjson(db.executor, fixture.path);
    fixture.remove();
    const rows = await db.executor.query<{ ref: string }>(
      `MATCH (:Ruling {number: '4-24'})-[:INTERPRETS]->(p) RETURN p.ref AS ref`,
    );
    expect(rows).toEqual([{ ref: 'SEL § 113' }]);
  });
});

describe('npm run import', () => {
  it('reads standard input with "-" and exits non-zero with the problems on a bad file', () => {
    const connection = testConnection();
    const env = {
      ...process.env,
      NEO4J_URI: connection.uri,
      NEO4J_USER: connection.user,
      NEO4J_PASSWORD: connection.password,
    };
    const cli = join(PROJECT_ROOT, 'src', 'cli', 'import.ts');
    const tsx = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
    const good = spawnSync(tsx, [cli, '-'], {
      env,
      input: JSON.stringify({ kind: 'reversalReason', code: 'T_CLI', label: 'Fra standard input' }) + '\n',
      encoding: 'utf8',
    });
    expect(good.stdout).toMatch(/Imported 1 records/);
    expect(good.status).toBe(0);

    const bad = spawnSync(tsx, [cli, '-'], {
      env,
      input: '{"kind":"reversalReason","code":"lower"}\n',
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/line 1, field "code"/);
    expect(bad.stderr).toMatch(/line 1, field "label": missing/);
  });
});
