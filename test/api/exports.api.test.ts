import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { useTestBed } from '../support/test-bed';
import { readXlsx } from '../support/xlsx';

/**
 * The CSV and XLSX downloads on the reference seed, plus a law whose paragraph, ruling and
 * authority carry titles built to run as formulas in a spreadsheet. Every file is parsed back
 * (CSV with csv-parse and the locale's separator, XLSX with exceljs) and compared cell by cell
 * with the GraphQL answer to the same filter.
 */

const HOSTILE_PARAGRAPH_TITLE = ';=1+1;';
const HOSTILE_RULING_TITLE = ';=HYPERLINK(A1);';
const HOSTILE_AUTHORITY_NAME = '=1+1';

const { api } = useTestBed({
  seed: true,
  records: [
    { kind: 'law', id: 'QX', title: 'Prøvelov', shortTitle: 'prøveloven' },
    { kind: 'paragraph', ref: 'QX § 1', title: HOSTILE_PARAGRAPH_TITLE, validFrom: '2020-01-01' },
    {
      kind: 'ruling',
      number: '900-24',
      title: HOSTILE_RULING_TITLE,
      decidedOn: '2024-01-01',
      area: 'social',
      paragraphs: ['QX § 1'],
      cites: [],
    },
    { kind: 'authority', code: '999', name: HOSTILE_AUTHORITY_NAME, type: 'MUNICIPALITY' },
    ...[1, 2, 3].map((n) => ({
      kind: 'complaintCase',
      id: `K-2024-90000${n}`,
      receivedOn: '2024-02-01',
      decidedOn: '2024-05-0' + n,
      authority: '999',
      paragraphs: ['QX § 1'],
      outcomes: [n === 1 ? 'UPHELD' : 'CHANGED'],
      area: 'social',
      applied: ['900-24'],
      reasons: n === 1 ? [] : ['INFO'],
    })),
  ],
});

async function download(path: string) {
  const response = await fetch(`${api.baseUrl}${path}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, text: bytes.toString('utf8') };
}

function csvRows(text: string, delimiter: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parse(text, { delimiter, bom: true }) as string[][];
}

const daNumber = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));
const cellValues = (sheet: ExcelJS.Worksheet) =>
  sheet
    .getSheetValues()
    .slice(1)
    .map((row) => Array.from((row as ExcelJS.CellValue[]).slice(1), (value) => value ?? null));

const PRACTICE = `query($filter: PracticeFilter!) { practice(filter: $filter) {
  decided onMerits reversed reversalRate outcomes { upheld changed annulled remanded dismissed }
  byYear { year decided onMerits reversed reversalRate outcomes { upheld changed annulled remanded dismissed } }
  byAuthority(first: 500, orderBy: DECIDED_DESC, minOnMerits: 0) { authority { code name } decided onMerits reversed reversalRate nationalRate }
  reasons { reason { code label } count share }
  mostAppliedRulings(first: 100) { ruling { number title } count }
} }`;

async function practice(filter: Record<string, unknown>) {
  const { body } = await api.query(PRACTICE, { filter });
  expect(body.errors).toBeUndefined();
  return body.data!.practice;
}

describe('GET /practice.csv', () => {
  const FILTER = '?paragraph=BL%20%C2%A7%2086&decidedFrom=2019-01-01';

  it('is the by-authority table of practice(filter), in Danish with ";" and "," decimals by default', async () => {
    const expected = await practice({ paragraph: 'BL § 86', decidedFrom: '2019-01-01' });
    const file = await download(`/practice.csv${FILTER}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(file.headers.get('content-disposition')).toBe(
      'attachment; filename=practice-authorities-paragraph-BL-86-decidedFrom-2019-01-01.csv',
    );
    const rows = csvRows(file.text, ';');
    expect(rows[0]).toEqual([
      'Myndighedskode',
      'Myndighed',
      'Afgjorte sager',
      'Realitetsbehandlede',
      'Omgjorte',
      'Omgørelsesprocent',
      'Omgørelsesprocent uden myndighedsfilter',
    ]);
    expect(expected.byAuthority.length).toBeGreaterThan(3);
    expect(rows.slice(1)).toEqual(
      expected.byAuthority.map((row: any) => [
        row.authority.code,
        row.authority.name,
        String(row.decided),
        String(row.onMerits),
        String(row.reversed),
        daNumber(row.reversalRate),
        daNumber(row.nationalRate),
      ]),
    );
    expect(rows.slice(1).some((row) => row[5].includes(','))).toBe(true);
  });

  it('in English uses "," and "." and English headers; every table can be chosen', async () => {
    const expected = await practice({ law: 'SEL' });
    const years = csvRows((await download('/practice.csv?law=SEL&table=years&locale=en')).text, ',');
    expect(years[0]).toEqual([
      'year',
      'decided',
      'onMerits',
      'reversed',
      'reversalRate',
      'upheld',
      'changed',
      'annulled',
      'remanded',
      'dismissed',
    ]);
    expect(years.slice(1)).toEqual(
      expected.byYear.map((y: any) =>
        [y.year, y.decided, y.onMerits, y.reversed, y.reversalRate ?? '', ...Object.values(y.outcomes)].map(String),
      ),
    );
    const summary = csvRows((await download('/practice.csv?law=SEL&table=summary&locale=en')).text, ',');
    expect(summary[1]).toEqual(
      [
        expected.decided,
        expected.onMerits,
        expected.reversed,
        expected.reversalRate,
        ...Object.values(expected.outcomes),
      ].map(String),
    );
    const reasons = csvRows((await download('/practice.csv?law=SEL&table=reasons&locale=en')).text, ',');
    expect(reasons.slice(1)).toEqual(
      expected.reasons.map((r: any) => [r.reason.code, r.reason.label, String(r.count), String(r.share)]),
    );
    const rulings = csvRows((await download('/practice.csv?law=SEL&table=rulings')).text, ';');
    expect(rulings.slice(1)).toEqual(
      expected.mostAppliedRulings.map((r: any) => [r.ruling.number, r.ruling.title, String(r.count)]),
    );
  });

  it('writes formula-shaped titles and names as inert, quoted cells with either separator', async () => {
    for (const [locale, delimiter] of [
      ['da', ';'],
      ['en', ','],
    ]) {
      const authorities = csvRows((await download(`/practice.csv?law=QX&locale=${locale}`)).text, delimiter);
      expect(authorities[1].slice(0, 4)).toEqual(['999', `'${HOSTILE_AUTHORITY_NAME}`, '3', '3']);
      const rulings = await download(`/practice.csv?law=QX&table=rulings&locale=${locale}`);
      expect(rulings.text).toContain(`"${HOSTILE_RULING_TITLE}"`);
      expect(csvRows(rulings.text, delimiter)[1]).toEqual(['900-24', HOSTILE_RULING_TITLE, '2']);
    }
  });

  it('refuses a bad parameter with 400 and a message naming it, as practice(filter) would', async () => {
    const cases: [string, RegExp][] = [
      ['decidedFrom=2024-13-01', /decidedFrom.*YYYY-MM-DD/],
      ['decidedFrom=2024-01-01&decidedTo=2023-01-01', /filter\.decidedFrom \(2024-01-01\) is after filter\.decidedTo/],
      ['area=nowhere', /area must be one of/],
      ['paragraph=SEL%20%C2%A7%204100', /filter\.paragraph: the graph holds no paragraph SEL § 4100/],
      ['authority=1O1', /filter\.authority: the graph holds no authority with code "1O1"/],
      ['law=fooloven', /filter\.law: "fooloven" names no law/],
      ['includePredecessors=yes', /includePredecessors/],
      ['decidedfrom=2019-01-01', /Unknown query parameter "decidedfrom"/],
      ['law=SEL&law=BL', /law must be given once/],
      ['locale=fr', /locale must be da or en/],
      ['table=cases', /table must be one of authorities, years, summary, reasons, rulings/],
    ];
    for (const [query, message] of cases) {
      const file = await download(`/practice.csv?${query}`);
      expect({ query, status: file.status, type: file.headers.get('content-type') }).toEqual({
        query,
        status: 400,
        type: 'text/plain; charset=utf-8',
      });
      expect(file.text).toMatch(message);
    }
  });
});

describe('GET /practice.xlsx', () => {
  it('has every table as a sheet: typed numbers, rates formatted as percent, header frozen, same values as GraphQL', async () => {
    const expected = await practice({ paragraph: 'BL § 86' });
    const file = await download('/practice.xlsx?paragraph=BL%20%C2%A7%2086');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.headers.get('content-disposition')).toBe('attachment; filename=practice-paragraph-BL-86.xlsx');
    const workbook = await readXlsx(file.bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Myndigheder',
      'År',
      'Oversigt',
      'Begrundelser',
      'Principafgørelser',
    ]);
    for (const sheet of workbook.worksheets) expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const authorities = workbook.getWorksheet('Myndigheder')!;
    expect(cellValues(authorities).slice(1)).toEqual(
      expected.byAuthority.map((row: any) => [
        row.authority.code,
        row.authority.name,
        row.decided,
        row.onMerits,
        row.reversed,
        row.reversalRate,
        row.nationalRate,
      ]),
    );
    expect(authorities.getCell('F2').numFmt).toBe('0.0%');
    expect(typeof authorities.getCell('C2').value).toBe('number');
    const years = workbook.getWorksheet('År')!;
    expect(cellValues(years).slice(1)).toEqual(
      expected.byYear.map((y: any) => [
        y.year,
        y.decided,
        y.onMerits,
        y.reversed,
        y.reversalRate,
        ...Object.values(y.outcomes),
      ]),
    );
    const summary = workbook.getWorksheet('Oversigt')!;
    expect(cellValues(summary)[1]).toEqual([
      expected.decided,
      expected.onMerits,
      expected.reversed,
      expected.reversalRate,
      ...Object.values(expected.outcomes),
    ]);
    expect(cellValues(workbook.getWorksheet('Begrundelser')!).slice(1)).toEqual(
      expected.reasons.map((r: any) => [r.reason.code, r.reason.label, r.count, r.share]),
    );
    expect(workbook.getWorksheet('Begrundelser')!.getCell('D2').numFmt).toBe('0.0%');
    expect(cellValues(workbook.getWorksheet('Principafgørelser')!).slice(1)).toEqual(
      expected.mostAppliedRulings.map((r: any) => [r.ruling.number, r.ruling.title, r.count]),
    );
  });

  it('keeps formula-shaped text as plain strings, and takes no table parameter', async () => {
    const workbook = await readXlsx((await download('/practice.xlsx?law=QX&locale=en')).bytes);
    expect(workbook.getWorksheet('Authorities')!.getCell('B2').value).toBe(HOSTILE_AUTHORITY_NAME);
    expect(workbook.getWorksheet('Rulings')!.getCell('B2').value).toBe(HOSTILE_RULING_TITLE);
    expect(workbook.getWorksheet('Rulings')!.getCell('B2').formula).toBeUndefined();
    const refused = await download('/practice.xlsx?table=years');
    expect(refused.status).toBe(400);
    expect(refused.text).toMatch(/Unknown query parameter "table"/);
  });
});

describe('GET /paragraph-overview/:law.xlsx and .csv', () => {
  it('has the overview as XLSX with dates, counts and the hostile title as text', async () => {
    const { body } = await api.query(
      `{ paragraphOverview(law: "SEL", asOf: "2024-06-01") { paragraph { ref } rulingsInForce } }`,
    );
    const file = await download('/paragraph-overview/SEL.xlsx?asOf=2024-06-01');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe('attachment; filename=paragraph-overview-SEL-2024-06-01.xlsx');
    const sheet = (await readXlsx(file.bytes)).getWorksheet('Paragraffer SEL')!;
    const rows = cellValues(sheet);
    expect(rows[0].slice(0, 3)).toEqual(['Lov', 'Paragraf', 'Overskrift']);
    expect(rows.slice(1).map((row) => [row[1], row[6]])).toEqual(
      body.data!.paragraphOverview.map((row: any) => [row.paragraph.ref, row.rulingsInForce]),
    );
    expect(sheet.getCell('D2').value).toEqual(new Date('2006-01-01T00:00:00Z'));

    const hostile = (await readXlsx((await download('/paragraph-overview/QX.xlsx?asOf=2024-06-01')).bytes))
      .worksheets[0];
    expect(hostile.getCell('C2').value).toBe(HOSTILE_PARAGRAPH_TITLE);
    expect(hostile.getCell('L2').value).toBe(HOSTILE_RULING_TITLE);
  });

  it('quotes the hostile titles in CSV, so neither separator splits them into a formula', async () => {
    for (const [locale, delimiter] of [
      ['da', ';'],
      ['en', ','],
    ]) {
      const file = await download(`/paragraph-overview/QX.csv?asOf=2024-06-01&locale=${locale}`);
      expect(file.text).toContain(`"${HOSTILE_PARAGRAPH_TITLE}"`);
      expect(file.text).toContain(`"${HOSTILE_RULING_TITLE}"`);
      const [, row] = csvRows(file.text, delimiter);
      expect([row[2], row[11]]).toEqual([HOSTILE_PARAGRAPH_TITLE, HOSTILE_RULING_TITLE]);
    }
  });

  it('answers 400, not 500, for a law with broken percent-encoding, and for an unknown parameter', async () => {
    const broken = await download('/paragraph-overview/%E0%A4%A.csv');
    expect(broken.status).toBe(400);
    expect(broken.text).toMatch(/percent-encoding/);
    expect((await download('/paragraph-overview/%E0%A4%A.xlsx')).status).toBe(400);
    const unknown = await download('/paragraph-overview/SEL.csv?asof=2024-01-01');
    expect(unknown.status).toBe(400);
    expect(unknown.text).toBe('Unknown query parameter "asof"; this export takes asOf, locale\n');
  });
});
