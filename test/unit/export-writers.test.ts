import 'reflect-metadata';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { sheetToCsv } from '../../src/export/csv-writer';
import { column, exportSheet } from '../../src/export/export-table';
import { sheetsToXlsx } from '../../src/export/xlsx-writer';
import { readXlsx } from '../support/xlsx';
import { paragraphOverviewSheet } from '../../src/paragraph-overview/paragraph-overview.export';
import type { LawOverviewRecord } from '../../src/paragraph-overview/paragraph-overview.type';
import { DatePrecision } from '../../src/ruling/ruling.type';
import { RulingStatusKind } from '../../src/lineage/ruling-status.type';

const ruling = (number: string, decidedOn: string, title: string) => ({
  number,
  title,
  summary: null,
  decidedOn,
  datePrecision: DatePrecision.DAY,
  area: 'children',
  eli: null,
});
const paragraph = (ref: string, title: string | null, validFrom: string | null, validTo: string | null) => ({
  ref,
  lawId: ref.split(' ')[0],
  number: ref.split(' ')[2],
  subsection: null,
  title,
  validFrom,
  validTo,
});

const overview: LawOverviewRecord = {
  law: { id: 'BL', title: 'Barnets lov', shortTitle: 'barnets lov', eli: null },
  paragraphs: [
    {
      paragraph: paragraph('BL § 86', 'Merudgifter, "særlige" behov', '2024-01-01', null),
      inForce: true,
      rulingsInForce: 2,
      rulingsPartiallyRepealed: 1,
      rulingsRepealed: 3,
      latestRuling: ruling('5-24', '2024-03-01', 'Kørsel til behandling; børn'),
      carriedOver: [
        {
          ruling: ruling('10-14', '2014-07-01', 'Diabeteskost'),
          status: RulingStatusKind.IN_FORCE,
          via: paragraph('SEL § 41', null, null, null),
          direct: false,
        },
        {
          ruling: ruling('8-16', '2016-01-01', 'x'),
          status: RulingStatusKind.PARTIALLY_REPEALED,
          via: paragraph('SEL § 41', null, null, null),
          direct: false,
        },
      ],
    },
    {
      paragraph: paragraph('BL § 87', '=HYPERLINK("http://x")', '2024-01-01', null),
      inForce: false,
      rulingsInForce: 0,
      rulingsPartiallyRepealed: 0,
      rulingsRepealed: 0,
      latestRuling: null,
      carriedOver: [],
    },
  ],
};

type Row = { title: string; count: number; rate: number | null };
const HOSTILE_TITLES = [
  ';=1+1;',
  ';=HYPERLINK(A1);',
  '=1+1',
  '+1',
  '-1',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  'a,b',
  'a;b',
  'a\tb',
  'say "hi"',
  'line\nbreak',
  'cr\rbreak',
];
const hostile = exportSheet<Row>(
  { da: 'Test', en: 'Test' },
  [
    column<Row>('text', 'Titel', 'title', (row) => row.title),
    column<Row>('integer', 'Antal', 'count', (row) => row.count),
    column<Row>('percent', 'Andel', 'rate', (row) => row.rate),
  ],
  HOSTILE_TITLES.map((title, index) => ({ title, count: index - 1, rate: index === 0 ? null : index / 8 })),
);

/** What a spreadsheet would show in a cell read as text: the guard's apostrophe, then the text. */
const inert = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

describe('CSV writer', () => {
  it.each([
    ['da', ';'],
    ['en', ','],
  ] as const)('locale %s: separator "%s", every hostile cell comes back as one inert cell', (locale, delimiter) => {
    const csv = sheetToCsv(hostile, locale);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv, { delimiter, bom: true, relax_quotes: false }) as string[][];
    expect(rows).toHaveLength(1 + HOSTILE_TITLES.length);
    expect(rows.every((row) => row.length === 3)).toBe(true);
    expect(rows.slice(1).map((row) => row[0])).toEqual(HOSTILE_TITLES.map(inert));
    // Numbers are not guarded: -1 stays a number.
    expect(rows[1][1]).toBe('-1');
  });

  it('quotes every cell holding , ; tab, a quote or a line break, whichever separator the file uses', () => {
    for (const locale of ['da', 'en'] as const) {
      const lines = sheetToCsv(hostile, locale).slice(1).split('\r\n');
      expect(lines[1].startsWith('";=1+1;"')).toBe(true);
      expect(lines[2].startsWith('";=HYPERLINK(A1);"')).toBe(true);
      const records = lines.slice(1).join('\r\n');
      for (const title of HOSTILE_TITLES) {
        const written = inert(title);
        const quoted = `"${written.replace(/"/g, '""')}"`;
        // A spreadsheet splitting on the other separator still sees one quoted cell.
        if (/[,;\t\r\n"]/.test(written)) expect(records).toContain(quoted);
        else expect(records).toContain(written);
      }
    }
  });

  it('writes Danish decimals with a comma and English ones with a point', () => {
    const da = parse(sheetToCsv(hostile, 'da'), { delimiter: ';', bom: true }) as string[][];
    const en = parse(sheetToCsv(hostile, 'en'), { delimiter: ',', bom: true }) as string[][];
    expect(da[0]).toEqual(['Titel', 'Antal', 'Andel']);
    expect(en[0]).toEqual(['title', 'count', 'rate']);
    expect([da[1][2], da[2][2], da[5][2]]).toEqual(['', '0,125', '0,5']);
    expect([en[1][2], en[2][2], en[5][2]]).toEqual(['', '0.125', '0.5']);
  });
});

describe('paragraph overview export', () => {
  const sheet = paragraphOverviewSheet(overview);

  it('in English is the RFC 4180 CSV it always was: commas, English headers, true/false', () => {
    const lines = sheetToCsv(sheet, 'en').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'law,paragraph,title,validFrom,validTo,inForce,rulingsInForce,rulingsPartiallyRepealed,rulingsRepealed,latestRuling,latestRulingDecidedOn,latestRulingTitle,carriedOverCount,carriedOver',
    );
    expect(lines[1]).toBe(
      'BL,BL § 86,"Merudgifter, ""særlige"" behov",2024-01-01,,true,2,1,3,5-24,2024-03-01,"Kørsel til behandling; børn",2,"10-14 (SEL § 41); 8-16 (SEL § 41)"',
    );
    expect(lines[2]).toBe(`BL,BL § 87,"'=HYPERLINK(""http://x"")",2024-01-01,,false,0,0,0,,,,0,`);
    expect(lines).toHaveLength(4);
  });

  it('in Danish has ";", Danish headers and ja/nej', () => {
    const rows = parse(sheetToCsv(sheet, 'da'), { delimiter: ';', bom: true }) as string[][];
    expect(rows[0].slice(0, 6)).toEqual(['Lov', 'Paragraf', 'Overskrift', 'Gyldig fra', 'Gyldig til', 'I kraft']);
    expect(rows[1]).toEqual([
      'BL',
      'BL § 86',
      'Merudgifter, "særlige" behov',
      '2024-01-01',
      '',
      'ja',
      '2',
      '1',
      '3',
      '5-24',
      '2024-03-01',
      'Kørsel til behandling; børn',
      '2',
      '10-14 (SEL § 41); 8-16 (SEL § 41)',
    ]);
    expect(rows[2][2]).toBe(`'=HYPERLINK("http://x")`);
    expect(rows[2][5]).toBe('nej');
  });
});

describe('XLSX writer', () => {
  it('stores text as text (never a formula), numbers and percentages typed, the header frozen', async () => {
    const workbook = await readXlsx(await sheetsToXlsx([hostile, paragraphOverviewSheet(overview)], 'da'));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Test', 'Paragraffer BL']);
    const ws = workbook.getWorksheet('Test')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).values).toEqual([undefined, 'Titel', 'Antal', 'Andel']);
    HOSTILE_TITLES.forEach((title, index) => {
      const cell = ws.getCell(2 + index, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      // XML turns a bare carriage return into a line feed when the file is read.
      expect(cell.value).toBe(title.replace(/\r/g, '\n'));
      expect(ws.getCell(2 + index, 2).value).toBe(index - 1);
    });
    expect(ws.getCell(2, 3).value).toBeNull();
    expect(ws.getCell(3, 3).value).toBe(0.125);
    expect(ws.getCell(3, 3).numFmt).toBe('0.0%');

    const overviewSheet = workbook.getWorksheet('Paragraffer BL')!;
    expect(overviewSheet.getCell('C3').value).toBe('=HYPERLINK("http://x")');
    expect(overviewSheet.getCell('C3').type).toBe(ExcelJS.ValueType.String);
    expect(overviewSheet.getCell('D2').value).toEqual(new Date('2024-01-01T00:00:00Z'));
    expect(overviewSheet.getCell('F2').value).toBe('ja');
    expect(overviewSheet.getCell('G2').value).toBe(2);
  });
});
