import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importNdjson } from '../../src/importer/importer';
import { CorpusRefusedError } from '../../src/importer/retsinformation/document-problem';
import { importRetsinformation } from '../../src/importer/retsinformation/import-corpus';
import { PROJECT_ROOT } from '../../src/shared/project-paths';
import { graphFingerprint } from '../support/graph-fingerprint';
import { useTestBed } from '../support/test-bed';

const FIXTURES = join(PROJECT_ROOT, 'test/fixtures/retsinformation');
const INVALID = join(PROJECT_ROOT, 'test/fixtures/retsinformation-invalid');
let work: string;
const { db, api } = useTestBed({
  setup: () => {
    work = mkdtempSync(join(tmpdir(), 'praksis-retsinformation-test-'));
  },
  teardown: () => rmSync(work, { recursive: true, force: true }),
});

/** A corpus folder holding some of the fixtures (paths relative to the fixture folder). */
function corpusOf(...files: string[]): string {
  const dir = mkdtempSync(join(work, 'corpus-'));
  for (const file of files) cpSync(join(file.startsWith('/') ? '' : FIXTURES, file), join(dir, file.split('/').pop()!));
  return dir;
}

async function query<T = Record<string, any>>(text: string): Promise<T> {
  const { body } = await api.query<T>(text);
  expect(body.errors).toBeUndefined();
  return body.data!;
}

describe('importing the fixture corpus', () => {
  let report: string;

  beforeAll(async () => {
    await db.clear();
    report = join(work, 'review');
    await importRetsinformation(db.executor, FIXTURES, { reportPath: report });
  });

  it('reads both eras of rulings: number, dates, ELI, accession number, keywords, summary lines, laws', async () => {
    const data = await query(`{
      old: ruling(number: "C-16-99") { number decidedOn publishedOn eli accessionNumber keywords summary area lawsConcerned { code } }
      new: ruling(number: "11-23") { number decidedOn publishedOn eli accessionNumber keywords summary lawsConcerned { code } }
    }`);
    expect(data.old).toEqual({
      number: 'C-16-99',
      decidedOn: '1999-03-01',
      publishedOn: '1999-03-15',
      eli: 'https://www.retsinformation.dk/eli/retsinfo/1999/7001',
      accessionNumber: 'W19990700101',
      keywords: ['merudgifter', 'kompressionsstrømper', 'nødvendig følge'],
      summary:
        'Principafgørelsen fastslår, at udgifter til kompressionsstrømper kan dækkes som merudgifter,\nnår udgiften er en nødvendig følge af den nedsatte funktionsevne.',
      area: 'social',
      lawsConcerned: [{ code: 'SEL' }],
    });
    expect(data.new).toEqual({
      number: '11-23',
      decidedOn: '2023-06-02',
      publishedOn: '2023-06-03',
      eli: 'https://www.retsinformation.dk/eli/retsinfo/2023/9456',
      accessionNumber: 'W20230945601',
      keywords: ['merudgifter', 'børn med nedsat funktionsevne', 'befordring'],
      summary:
        'Merudgifter til befordring dækkes efter barnets lov, når\n• udgiften er en nødvendig følge af funktionsnedsættelsen, og\n• udgiften ikke er omfattet af anden lovgivning.',
      lawsConcerned: expect.arrayContaining([{ code: 'SEL' }, { code: 'BL' }]),
    });
    expect(data.new.lawsConcerned).toHaveLength(2);
  });

  it('links the paragraphs of the rules section of both eras, with stk., resolved against the law of the line or list', async () => {
    const data = await query(`{
      c1699: ruling(number: "C-16-99") { paragraphs { ref } }
      r4512: ruling(number: "45-12") { paragraphs { ref } }
      r1123: ruling(number: "11-23") { paragraphs { ref } }
      r524: ruling(number: "5-24") { paragraphs { ref } sources { fact documentEli location } }
    }`);
    const refs = (ruling: { paragraphs: { ref: string }[] }) => ruling.paragraphs.map((p) => p.ref).sort();
    expect(refs(data.c1699)).toEqual(['SEL § 41 stk. 1']);
    expect(refs(data.r4512)).toEqual(['SEL § 42 stk. 1']);
    expect(refs(data.r1123)).toEqual(['BL § 86', 'BL § 87', 'SEL § 41 stk. 1']);
    expect(refs(data.r524)).toEqual(['SEL § 1a', 'SEL § 42 stk. 1']);
    expect(data.r524.sources).toEqual(
      expect.arrayContaining([
        {
          fact: 'interprets SEL § 1a',
          documentEli: 'https://www.retsinformation.dk/eli/retsinfo/2024/9505',
          location: 'TekstGruppe › Reglerne › Love og bekendtgørelser, line 6',
        },
        {
          fact: 'repeals 45-12 (FULL) without successor',
          documentEli: 'https://www.retsinformation.dk/eli/retsinfo/2024/9505',
          location: 'TekstGruppe › Baggrund for at behandle sagen principielt, line 2',
        },
      ]),
    );
  });

  it('records the merge with its repeals, the rewrite without new practice and the repeals without successor', async () => {
    const data = await query(`{
      merge: ruling(number: "11-23") { issuedBy { kind containsNewPractice repeals { extent ruling { number } } } cites { number } }
      rewrite: ruling(number: "3-24") { issuedBy { kind containsNewPractice repeals { extent ruling { number } } } replaces { ruling { number } depth } }
      old: ruling(number: "C-16-99") { repealedBy { extent consolidation { kind decidedOn } } }
      cited: ruling(number: "22-19") { cites { number } }
    }`);
    expect(data.merge.issuedBy.kind).toBe('MERGE');
    expect(data.merge.issuedBy.containsNewPractice).toBe(true);
    expect(data.merge.issuedBy.repeals.map((r: any) => `${r.ruling.number} ${r.extent}`).sort()).toEqual([
      '10-18 FULL',
      '22-19 FULL',
    ]);
    expect(data.merge.cites).toEqual([{ number: '45-12' }]);
    expect(data.rewrite.issuedBy).toEqual({
      kind: 'REWRITE',
      containsNewPractice: false,
      repeals: [{ extent: 'FULL', ruling: { number: 'C-16-99' } }],
    });
    expect(data.rewrite.replaces).toEqual([{ ruling: { number: 'C-16-99' }, depth: 1 }]);
    expect(data.old.repealedBy).toEqual([
      { extent: 'PARTIAL', consolidation: { kind: 'REPEAL', decidedOn: '2023-06-02' } },
      { extent: 'FULL', consolidation: { kind: 'REWRITE', decidedOn: '2024-02-01' } },
    ]);
    expect(data.cited.cites).toEqual([{ number: '10-18' }]);
  });

  it('gives each ruling its status on a date from those facts', async () => {
    const data = await query(`{
      a: ruling(number: "C-16-99") { s1: status(asOf: "2023-01-01") { status } s2: status(asOf: "2023-07-01") { status } s3: status(asOf: "2024-06-01") { status successors { number } } }
      b: ruling(number: "10-18") { s1: status(asOf: "2023-06-01") { status } s2: status(asOf: "2023-06-02") { status successors { number } } }
      c: ruling(number: "45-12") { s1: status(asOf: "2023-12-31") { status } s2: status(asOf: "2024-03-01") { status successors { number } } }
      d: ruling(number: "5-24") { s1: status(asOf: "2024-02-29") { status } }
    }`);
    expect([data.a.s1.status, data.a.s2.status, data.a.s3.status]).toEqual([
      'IN_FORCE',
      'PARTIALLY_REPEALED',
      'REPEALED',
    ]);
    expect(data.a.s3.successors).toEqual([{ number: '3-24' }]);
    expect([data.b.s1.status, data.b.s2.status]).toEqual(['IN_FORCE', 'REPEALED']);
    expect(data.b.s2.successors).toEqual([{ number: '11-23' }]);
    // The 2023 sentence that only considers repealing 45-12 changed nothing; 5-24 repeals it, with no successor.
    expect([data.c.s1.status, data.c.s2.status]).toEqual(['IN_FORCE', 'REPEALED']);
    expect(data.c.s2.successors).toEqual([]);
    expect(data.d.s1.status).toBe('NOT_YET_ISSUED');
  });

  it('keeps the law across its versions and its paragraphs with chapter, label, subsections, items, footnotes and repeals', async () => {
    const data = await query(`{
      law: paragraph(ref: "SEL § 1") { law { code title shortTitle eli versions { eli accessionNumber documentType documentDate startDate inForce endedOn consolidates } } }
      p1: paragraph(ref: "SEL § 1") { label chapter subsections { number text } }
      p1a: paragraph(ref: "SEL § 1 a") { ref label footnotes subsections { number text } }
      p2: paragraph(ref: "SEL § 2") { repealed validTo }
      p41: paragraph(ref: "SEL § 41") { title chapter subsections { number text } validTo }
      p43: paragraph(ref: "SEL § 43") { validTo repealed }
      stk: paragraph(ref: "SEL § 41 stk. 1") { title }
    }`);
    expect(data.law.law).toMatchObject({
      code: 'SEL',
      title: 'Lov om social service',
      shortTitle: 'serviceloven',
      eli: 'https://www.retsinformation.dk/eli/lta/2025/1129',
    });
    expect(data.law.law.versions).toEqual([
      {
        eli: 'https://www.retsinformation.dk/eli/lta/2022/170',
        accessionNumber: 'A20220017029',
        documentType: 'LBKH',
        documentDate: '2022-01-24',
        startDate: '2022-02-01',
        inForce: false,
        endedOn: '2025-08-31',
        consolidates: [
          'https://www.retsinformation.dk/eli/lta/2020/1287',
          'https://www.retsinformation.dk/eli/lta/2021/2199',
        ],
      },
      {
        eli: 'https://www.retsinformation.dk/eli/lta/2025/1129',
        accessionNumber: 'A20250112930',
        documentType: 'LBKH',
        documentDate: '2025-08-20',
        startDate: '2025-09-01',
        inForce: true,
        endedOn: null,
        consolidates: [
          'https://www.retsinformation.dk/eli/lta/2022/170',
          'https://www.retsinformation.dk/eli/lta/2024/683',
        ],
      },
    ]);
    expect(data.p1).toEqual({
      label: '§ 1',
      chapter: 'Kapitel 1 Formål',
      subsections: [
        { number: 1, text: 'Formålet med denne lov er at tilbyde rådgivning og støtte.' },
        {
          number: 2,
          text: 'Formålet med hjælpen efter denne lov er:\n1) at fremme den enkeltes mulighed for at klare sig selv,\n2) at lette den daglige tilværelse og\n3) at forbedre livskvaliteten.',
        },
      ],
    });
    expect(data.p1a).toEqual({
      ref: 'SEL § 1a',
      label: '§ 1 a',
      footnotes: ['1) Paragraffen er indsat ved lov nr. 1442 af 22. december 2004.'],
      subsections: [{ number: 1, text: 'Kommunalbestyrelsen skal sikre, at hjælpen gives helhedsorienteret.' }],
    });
    expect(data.p2).toEqual({ repealed: true, validTo: '2022-01-31' });
    // The newest version's text wins; § 43, gone from it, ends the day before it takes effect.
    expect(data.p41.subsections[1].text).toMatch(/overstiger 600 kr\. om året\.$/);
    expect(data.p41).toMatchObject({
      title: 'Merudgifter ved forsørgelse',
      chapter: 'Kapitel 2 Merudgifter og tabt arbejdsfortjeneste',
      validTo: null,
    });
    expect(data.p43).toEqual({ validTo: '2025-08-31', repealed: false });
    expect(data.stk).toEqual({ title: 'Merudgifter ved forsørgelse' });
  });

  it('makes the full text searchable with the Danish full-text index', async () => {
    // "hjemviser" stands only in the concrete decision of 10-18, not in its title or summary.
    const data = await query(`{ searchRulings(text: "hjemviser") { edges { node { number fullText } } } }`);
    expect(data.searchRulings.edges.map((edge: any) => edge.node.number)).toEqual(['10-18']);
    expect(data.searchRulings.edges[0].node.fullText).toContain(
      'De konkrete afgørelser\nSag nr. 1, j.nr. 17-12345\nAnkestyrelsen hjemviser sagen.',
    );
  });

  it('puts the ambiguous sentences in the review report (Markdown and JSON), not in the graph', async () => {
    const json = JSON.parse(readFileSync(`${report}.json`, 'utf8'));
    const considered = json.review.find((item: any) =>
      item.text.includes('overvejet at ophæve principafgørelse 45-12'),
    );
    expect(considered).toMatchObject({
      documentEli: 'https://www.retsinformation.dk/eli/retsinfo/2023/9456',
      location: 'TekstGruppe › Baggrund for at behandle sagerne principielt, line 4',
      understood: 'repeals 45-12',
      reason: expect.stringMatching(/negated or conditional/),
    });
    expect(json.review.map((item: any) => item.text)).toEqual(
      expect.arrayContaining(['• § 41, stk. 1 og 2, om merudgifter i det hele.', '• § 3, om opgørelsen.']),
    );
    const markdown = readFileSync(`${report}.md`, 'utf8');
    expect(markdown).toContain('overvejet at ophæve principafgørelse 45-12');
    expect(markdown).toContain('| document | where | text | understood as | why not applied |');
    const [row] = await db.executor.query<{ repeals: number }>(
      `MATCH (:Ruling {number: '11-23'})<-[:ISSUED]-(:Consolidation)-[x:REPEALS]->(:Ruling {number: '45-12'}) RETURN count(x) AS repeals`,
    );
    expect(row.repeals).toBe(0);
  });

  it('changes nothing when the corpus is imported a second time', async () => {
    const before = await graphFingerprint(db.executor);
    await importRetsinformation(db.executor, FIXTURES);
    expect(await graphFingerprint(db.executor)).toEqual(before);
  });
});

describe('a newer version of a law imported later', () => {
  it('updates the law and ends the paragraphs it no longer has, deleting none', async () => {
    await db.clear();
    await importRetsinformation(db.executor, corpusOf('laws/sel-lbk-2022-170.xml', 'laws/sel-lbk-2022-170.json'));
    const older = await query(
      `{ p: paragraph(ref: "SEL § 43") { validTo } l: paragraph(ref: "SEL § 41") { law { eli versions { eli } } subsections { text } } }`,
    );
    expect(older.p).toEqual({ validTo: null });
    expect(older.l.law.eli).toBe('https://www.retsinformation.dk/eli/lta/2022/170');
    await importRetsinformation(db.executor, corpusOf('laws/sel-lbk-2025-1129.xml', 'laws/sel-lbk-2025-1129.json'));
    const newer = await query(
      `{ p: paragraph(ref: "SEL § 43") { validTo subsections { text } } l: paragraph(ref: "SEL § 41") { law { eli versions { eli } } subsections { text } } }`,
    );
    expect(newer.p).toEqual({
      validTo: '2025-08-31',
      subsections: [{ text: 'Hjælpen efter § 42 ydes som et månedligt beløb.' }],
    });
    expect(newer.l.law.eli).toBe('https://www.retsinformation.dk/eli/lta/2025/1129');
    expect(newer.l.law.versions.map((v: any) => v.eli)).toEqual([
      'https://www.retsinformation.dk/eli/lta/2022/170',
      'https://www.retsinformation.dk/eli/lta/2025/1129',
    ]);
    expect(newer.l.subsections[1].text).toMatch(/600 kr/);
    // The older version again afterwards adds nothing and takes nothing back.
    const after = await graphFingerprint(db.executor);
    await importRetsinformation(db.executor, corpusOf('laws/sel-lbk-2022-170.xml', 'laws/sel-lbk-2022-170.json'));
    expect(await graphFingerprint(db.executor)).toEqual(after);
  });
});

describe('documents that cannot be read', () => {
  beforeAll(async () => {
    await db.clear();
    await importRetsinformation(db.executor, corpusOf('laws/bl-lbk-2024-100.xml'));
  });

  async function refusal(path: string): Promise<CorpusRefusedError> {
    const before = await graphFingerprint(db.executor);
    const error = await importRetsinformation(db.executor, path).catch((caught) => caught);
    expect(error).toBeInstanceOf(CorpusRefusedError);
    expect(await graphFingerprint(db.executor)).toEqual(before);
    return error;
  }

  it('refuses malformed XML, naming the file, the position and what was expected; nothing written', async () => {
    const error = await refusal(corpusOf(join(INVALID, 'malformed.xml'), 'rulings/principmeddelelse-10-18.xml'));
    expect(error.problems).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/malformed\.xml$/),
        expected: 'a LexDania 2.1 XML document',
      }),
    ]);
    expect(error.problems[0].message).toMatch(/not well-formed XML at line 8, column \d+: .*Char/);
  });

  it('refuses a document of an unknown type, naming the element and the types expected', async () => {
    const error = await refusal(corpusOf(join(INVALID, 'unknown-type.xml')));
    expect(error.problems).toEqual([
      {
        file: expect.stringMatching(/unknown-type\.xml$/),
        element: 'Meta/DocumentType',
        message: 'unknown document type "BEK H#LOKDOK05"',
        expected: 'one of KEN#LOKDOK23 (principle ruling), LBK H… (consolidated law) or LOV H… (law)',
      },
    ]);
    expect(error.message).toContain('element <Meta/DocumentType>');
  });

  it('refuses a ruling whose title has no number', async () => {
    const error = await refusal(corpusOf(join(INVALID, 'no-number.xml')));
    expect(error.problems).toEqual([
      {
        file: expect.stringMatching(/no-number\.xml$/),
        element: 'Meta/DocumentTitle',
        message: 'the title "Ankestyrelsens principmeddelelse om merudgifter - befordring" states no ruling number',
        expected: expect.stringContaining('NN-YY'),
      },
    ]);
  });

  it('names the document whose record the import checks refuse (published before it was decided)', async () => {
    const corpus = corpusOf('rulings/principmeddelelse-10-18.xml');
    const file = join(corpus, 'principmeddelelse-10-18.xml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('<DiesEdicti>2018-02-05</DiesEdicti>', '<DiesEdicti>2018-01-05</DiesEdicti>'),
    );
    const error = await refusal(corpus);
    expect(error.problems).toEqual([
      {
        file,
        element: 'ruling record, field publishedOn',
        message: '2018-01-05 is before decidedOn 2018-02-01',
        expected: 'a date on or after decidedOn',
      },
    ]);
  });

  it('with skipInvalid imports the rest and names every skipped document', async () => {
    const corpus = corpusOf(
      join(INVALID, 'malformed.xml'),
      join(INVALID, 'unknown-type.xml'),
      'rulings/principmeddelelse-10-18.xml',
    );
    const summary = await importRetsinformation(db.executor, corpus, { skipInvalid: true });
    expect(summary.report.skipped.map((problem) => problem.file.split('/').pop()).sort()).toEqual([
      'malformed.xml',
      'unknown-type.xml',
    ]);
    const data = await query(`{ ruling(number: "10-18") { number paragraphs { ref } } }`);
    expect(data.ruling).toEqual({ number: '10-18', paragraphs: [{ ref: 'SEL § 41 stk. 1' }] });
  });
});

describe('a dry run', () => {
  it('writes nothing and hands back NDJSON that imports to the same graph', async () => {
    await db.clear();
    const before = await graphFingerprint(db.executor);
    let ndjson = '';
    await importRetsinformation(db.executor, FIXTURES, { dryRun: true, onRecords: (text) => (ndjson = text) });
    expect(await graphFingerprint(db.executor)).toEqual(before);
    expect(
      ndjson
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line).kind),
    ).toEqual(expect.arrayContaining(['law', 'lawVersion', 'paragraph', 'ruling', 'consolidation']));
    const file = join(work, 'dry-run.ndjson');
    writeFileSync(file, ndjson);
    await importNdjson(db.executor, file);
    const fromNdjson = await graphFingerprint(db.executor);
    await db.clear();
    await importRetsinformation(db.executor, FIXTURES);
    expect(await graphFingerprint(db.executor)).toEqual(fromNdjson);
  });
});
