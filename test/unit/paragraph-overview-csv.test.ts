import 'reflect-metadata';
import { CSV_BOM, csvField, paragraphOverviewCsv } from '../../src/paragraph-overview/paragraph-overview.csv';
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
      latestRuling: ruling('5-24', '2024-03-01', 'Kørsel til behandling, børn'),
      carriedOver: [
        { ruling: ruling('10-14', '2014-07-01', 'Diabeteskost'), status: RulingStatusKind.IN_FORCE, via: paragraph('SEL § 41', null, null, null), direct: false },
        { ruling: ruling('8-16', '2016-01-01', 'x'), status: RulingStatusKind.PARTIALLY_REPEALED, via: paragraph('SEL § 41', null, null, null), direct: false },
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

describe('paragraph overview CSV', () => {
  const csv = paragraphOverviewCsv(overview);

  it('starts with a UTF-8 byte order mark, so Excel reads æøå', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('has a header row and one CRLF-terminated row per paragraph', () => {
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'law,paragraph,title,validFrom,validTo,inForce,rulingsInForce,rulingsPartiallyRepealed,rulingsRepealed,latestRuling,latestRulingDecidedOn,latestRulingTitle,carriedOverCount,carriedOver',
    );
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  it('quotes fields with commas and quotes (RFC 4180) and lists carried-over rulings with their paragraph', () => {
    const row = csv.slice(1).split('\r\n')[1];
    expect(row).toBe(
      'BL,BL § 86,"Merudgifter, ""særlige"" behov",2024-01-01,,true,2,1,3,5-24,2024-03-01,"Kørsel til behandling, børn",2,10-14 (SEL § 41); 8-16 (SEL § 41)',
    );
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    const row = csv.slice(1).split('\r\n')[2];
    expect(row).toBe(`BL,BL § 87,"'=HYPERLINK(""http://x"")",2024-01-01,,false,0,0,0,,,,0,`);
  });

  it('quotes line breaks and leaves empty values empty', () => {
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(null)).toBe('');
    expect(csvField(-1)).toBe('-1');
  });
});
