import { importNdjson } from '../../src/importer/importer';
import { toGlobalId } from '../../src/node/global-id';
import { executeCounted } from '../support/graphql-in-process';
import { ndjsonFixture } from '../support/ndjson-fixture';
import { useTestBed } from '../support/test-bed';

const OVERVIEW = `query($law: ID!, $asOf: Date) {
  paragraphOverview(law: $law, asOf: $asOf) {
    paragraph { ref title validFrom validTo law { code } }
    asOf inForce rulingsInForce rulingsPartiallyRepealed rulingsRepealed
    latestRuling { number title summary decidedOn datePrecision area }
    carriedOver { ruling { number title decidedOn } status direct via { ref validTo } }
  }
}`;

const { db, api } = useTestBed({ seed: true });

describe('paragraphOverview on the real seed', () => {
  it('lists every paragraph of serviceloven in paragraph order with its counts and newest ruling', async () => {
    const { body } = await api.query(OVERVIEW, { law: 'SEL', asOf: '2024-06-01' });
    expect(body.errors).toBeUndefined();
    const rows = body.data!.paragraphOverview;
    expect(rows.map((row: any) => row.paragraph.ref)).toEqual([
      'SEL § 41',
      'SEL § 42',
      'SEL § 50',
      'SEL § 52 stk. 3',
      'SEL § 71',
      'SEL § 96',
      'SEL § 100',
      'SEL § 102',
      'SEL § 107',
      'SEL § 108',
      'SEL § 112',
      'SEL § 113',
      'SEL § 129',
    ]);
    const sel112 = rows.find((row: any) => row.paragraph.ref === 'SEL § 112');
    expect(sel112).toMatchObject({
      asOf: '2024-06-01',
      inForce: true,
      rulingsInForce: 3,
      rulingsPartiallyRepealed: 0,
      rulingsRepealed: 0,
      latestRuling: {
        number: '4-24',
        title: 'Kompressionsmaskine som hjælpemiddel',
        decidedOn: '2024-01-01',
        area: 'disability',
        datePrecision: 'YEAR',
      },
      carriedOver: [],
    });
    const sel41 = rows.find((row: any) => row.paragraph.ref === 'SEL § 41');
    expect(sel41).toMatchObject({ inForce: false, rulingsInForce: 1, latestRuling: { number: '10-14' } });
  });

  it('shows the rulings barnets lov carries over from serviceloven', async () => {
    const { body } = await api.query(OVERVIEW, { law: 'barnets lov', asOf: '2024-06-01' });
    const rows = body.data!.paragraphOverview;
    expect(rows.map((row: any) => row.paragraph.ref)).toEqual(['BL § 20', 'BL § 32', 'BL § 86', 'BL § 87']);
    expect(rows[2]).toMatchObject({
      paragraph: { ref: 'BL § 86', law: { code: 'BL' } },
      inForce: true,
      rulingsInForce: 0,
      latestRuling: null,
      carriedOver: [
        {
          ruling: { number: '10-14', decidedOn: '2014-07-01' },
          status: 'IN_FORCE',
          direct: false,
          via: { ref: 'SEL § 41', validTo: '2023-12-31' },
        },
      ],
    });
    expect(rows[3].carriedOver.map((a: any) => [a.ruling.number, a.via.ref])).toEqual([['106-19', 'SEL § 42']]);
  });

  it('counts repealed rulings apart from those in force on the date', async () => {
    const { body } = await api.query(OVERVIEW, { law: 'ASL', asOf: '2020-01-01' });
    expect(body.data!.paragraphOverview).toEqual([
      expect.objectContaining({
        paragraph: expect.objectContaining({ ref: 'ASL § 5' }),
        rulingsInForce: 3,
        rulingsRepealed: 10,
        latestRuling: expect.objectContaining({ number: '51-19' }),
      }),
    ]);
    const before = await api.query(OVERVIEW, { law: 'ASL', asOf: '2018-06-01' });
    expect(before.body.data!.paragraphOverview[0]).toMatchObject({
      rulingsInForce: 10,
      rulingsRepealed: 0,
      latestRuling: { number: '10-18' },
    });
  });

  it('accepts a Law global id and refuses an unknown or malformed law with BAD_USER_INPUT', async () => {
    const byId = await api.query(OVERVIEW, { law: toGlobalId('Law', 'BL'), asOf: '2024-06-01' });
    expect(byId.body.data!.paragraphOverview).toHaveLength(4);
    const unknown = await api.query(OVERVIEW, { law: 'XY' });
    expect(unknown.body.errors![0]).toMatchObject({
      message: 'law: unknown law "XY"',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const malformed = await api.query(OVERVIEW, { law: 'fooloven' });
    expect(malformed.body.errors![0]).toMatchObject({
      message: 'law: unknown law "fooloven"',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('answers the whole overview, nested rulings and paragraphs included, in one round trip', async () => {
    const { result, roundTrips } = await executeCounted(db.executor, OVERVIEW.replace(' law { code }', ''), {
      law: 'BL',
      asOf: '2024-06-01',
    });
    expect(result.errors).toBeUndefined();
    expect(roundTrips).toBe(1);
  });
});

describe('GET /paragraph-overview/:law.csv', () => {
  async function download(path: string) {
    const response = await fetch(`${api.baseUrl}${path}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    return { response, bytes, text: bytes.toString('utf8') };
  }

  it('sends UTF-8 CSV with a byte order mark as an attachment', async () => {
    const { response, bytes } = await download('/paragraph-overview/SEL.csv?asOf=2024-06-01');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename=paragraph-overview-SEL-2024-06-01.csv',
    );
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('in English (?locale=en): the header, a row per paragraph, quoting and æøå intact', async () => {
    const { text } = await download('/paragraph-overview/SEL.csv?asOf=2024-06-01&locale=en');
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'law,paragraph,title,validFrom,validTo,inForce,rulingsInForce,rulingsPartiallyRepealed,rulingsRepealed,latestRuling,latestRulingDecidedOn,latestRulingTitle,carriedOverCount,carriedOver',
    );
    expect(lines).toHaveLength(1 + 13 + 1);
    expect(lines).toContain(
      'SEL,SEL § 112,Hjælpemidler,2006-01-01,,true,3,0,0,4-24,2024-01-01,Kompressionsmaskine som hjælpemiddel,0,',
    );
    expect(lines).toContain(
      'SEL,SEL § 107,Midlertidige botilbud,2006-01-01,,true,2,0,0,71-14,2014-11-01,"Midlertidigt botilbud, længerevarende botilbud eller almen bolig",0,',
    );
  });

  it('in Danish by default: ";" as separator, Danish headers, ja/nej', async () => {
    const { text } = await download('/paragraph-overview/SEL.csv?asOf=2024-06-01');
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Lov;Paragraf;Overskrift;Gyldig fra;Gyldig til;I kraft;Principafgørelser gældende;Heraf delvist ophævet;Ophævede principafgørelser;Nyeste principafgørelse;Nyeste afgjort;Nyeste titel;Videreførte antal;Videreført fra tidligere numre',
    );
    expect(lines).toContain(
      'SEL;SEL § 112;Hjælpemidler;2006-01-01;;ja;3;0;0;4-24;2024-01-01;Kompressionsmaskine som hjælpemiddel;0;',
    );
    expect(lines).toContain(
      'SEL;SEL § 107;Midlertidige botilbud;2006-01-01;;ja;2;0;0;71-14;2014-11-01;"Midlertidigt botilbud, længerevarende botilbud eller almen bolig";0;',
    );
  });

  it('takes the law by name and lists carried-over rulings with the paragraph they were made under', async () => {
    const { response, text } = await download('/paragraph-overview/barnets%20lov.csv?asOf=2024-06-01&locale=en');
    expect(response.status).toBe(200);
    expect(text).toContain(
      '\r\nBL,BL § 86,Merudgifter ved forsørgelse af børn med nedsat funktionsevne,2024-01-01,,true,0,0,0,,,,1,10-14 (SEL § 41)\r\n',
    );
  });

  it('answers 400 with a plain message for a bad date or law, and 404 for an unknown law', async () => {
    const badDate = await download('/paragraph-overview/SEL.csv?asOf=2024-13-01');
    expect(badDate.response.status).toBe(400);
    expect(badDate.response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(badDate.text).toBe('asOf must be a date as YYYY-MM-DD, e.g. 2019-05-02; got "2024-13-01"\n');
    const twoDates = await download('/paragraph-overview/SEL.csv?asOf=2024-01-01&asOf=2024-02-01');
    expect(twoDates.response.status).toBe(400);
    const badLaw = await download('/paragraph-overview/fooloven.csv');
    expect(badLaw.response.status).toBe(400);
    expect(badLaw.text).toBe('law: unknown law "fooloven"\n');
    const unknown = await download('/paragraph-overview/XY.csv');
    expect(unknown.response.status).toBe(404);
    expect(unknown.text).toBe('Unknown law "XY"\n');
  });
});

describe('paragraphOverview of a law with 400 paragraphs', () => {
  // Old law QP (200 paragraphs, until 2017) is succeeded paragraph by paragraph by the first
  // 200 of QQ (400 paragraphs, from 2018); 3,000 rulings spread over both; some repealed.
  const ASOF = '2024-06-01';
  interface R {
    number: string;
    decidedOn: string;
    paragraphs: string[];
  }
  const rulings: R[] = [];
  const repeals = new Map<string, { on: string; extent: 'FULL' | 'PARTIAL' }>();
  let fixture: ReturnType<typeof ndjsonFixture>;

  beforeAll(async () => {
    const records: object[] = [
      { kind: 'law', id: 'QP', title: 'Gammel prøvelov', shortTitle: 'gammel prøvelov' },
      { kind: 'law', id: 'QQ', title: 'Ny prøvelov', shortTitle: 'ny prøvelov' },
    ];
    for (let i = 1; i <= 200; i++)
      records.push({
        kind: 'paragraph',
        ref: `QP § ${i}`,
        title: `Gammel ${i}`,
        validFrom: '2000-01-01',
        validTo: '2017-12-31',
      });
    for (let i = 1; i <= 400; i++) {
      records.push({
        kind: 'paragraph',
        ref: `QQ § ${i}`,
        title: `Ny ${i}`,
        validFrom: '2018-01-01',
        ...(i <= 200 ? { replaces: [`QP § ${i}`] } : {}),
      });
    }
    for (let n = 0; n < 3000; n++) {
      const year = 2005 + (n % 20);
      const decidedOn = `${year}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
      const law = year < 2018 ? 'QP' : 'QQ';
      const size = law === 'QP' ? 200 : 400;
      const paragraphs = [...new Set([`${law} § ${1 + ((n * 7) % size)}`, `${law} § ${1 + ((n * 13) % size)}`])];
      const ruling = {
        number: `C-${1 + Math.floor(n / 20)}-${String(year % 100).padStart(2, '0')}`,
        decidedOn,
        paragraphs,
      };
      rulings.push(ruling);
      records.push({
        kind: 'ruling',
        number: ruling.number,
        title: `Prøveafgørelse ${n}`,
        decidedOn,
        area: 'social',
        paragraphs,
        cites: [],
      });
    }
    // Every 10th ruling repealed in full on 2020-06-01 (if older), every 15th in part.
    const full = rulings.filter((r, i) => i % 10 === 0 && r.decidedOn <= '2020-06-01');
    const partial = rulings.filter((r, i) => i % 15 === 1 && r.decidedOn <= '2021-06-01');
    records.push({
      kind: 'consolidation',
      id: 'QC-1',
      decidedOn: '2020-06-01',
      type: 'REPEAL',
      repeals: full.map((r) => ({ ruling: r.number, extent: 'FULL' })),
      containsNewPractice: false,
    });
    records.push({
      kind: 'consolidation',
      id: 'QC-2',
      decidedOn: '2021-06-01',
      type: 'REPEAL',
      repeals: partial.map((r) => ({ ruling: r.number, extent: 'PARTIAL' })),
      containsNewPractice: false,
    });
    full.forEach((r) => repeals.set(r.number, { on: '2020-06-01', extent: 'FULL' }));
    partial.forEach((r) => repeals.set(r.number, { on: '2021-06-01', extent: 'PARTIAL' }));
    fixture = ndjsonFixture(records);
    await importNdjson(db.executor, fixture.path);
  });

  afterAll(() => fixture.remove());

  function expected(ref: string) {
    const status = (r: R) =>
      repeals.get(r.number)?.extent === 'FULL' ? 'REPEALED' : repeals.has(r.number) ? 'PARTIALLY_REPEALED' : 'IN_FORCE';
    const byKey = (a: R, b: R) =>
      a.decidedOn === b.decidedOn ? (a.number < b.number ? -1 : 1) : a.decidedOn < b.decidedOn ? 1 : -1;
    const own = rulings.filter((r) => r.paragraphs.includes(ref) && r.decidedOn <= ASOF);
    const applying = own.filter((r) => status(r) !== 'REPEALED').sort(byKey);
    const number = Number(ref.split(' ')[2]);
    const old = number <= 200 ? `QP § ${number}` : null;
    const carried =
      old === null
        ? []
        : rulings
            .filter((r) => r.paragraphs.includes(old) && !r.paragraphs.includes(ref) && status(r) !== 'REPEALED')
            .sort(byKey);
    return {
      rulingsInForce: applying.length,
      rulingsPartiallyRepealed: applying.filter((r) => status(r) === 'PARTIALLY_REPEALED').length,
      rulingsRepealed: own.length - applying.length,
      latest: applying[0]?.number ?? null,
      carried: carried.map((r) => `${r.number}:${status(r)}`),
    };
  }

  it('is right for every paragraph, in one round trip', async () => {
    const query = `{ paragraphOverview(law: "QQ", asOf: "${ASOF}") {
      paragraph { ref } rulingsInForce rulingsPartiallyRepealed rulingsRepealed
      latestRuling { number title decidedOn } carriedOver { ruling { number decidedOn } status via { ref } }
    } }`;
    await executeCounted(db.executor, query); // compiles the statement on the server
    const started = performance.now();
    const { result, roundTrips } = await executeCounted(db.executor, query);
    const ms = performance.now() - started;
    expect(result.errors).toBeUndefined();
    expect(roundTrips).toBe(1);
    const rows = (result.data as any).paragraphOverview;
    expect(rows).toHaveLength(400);
    expect(rows.map((row: any) => row.paragraph.ref)).toEqual(Array.from({ length: 400 }, (_, i) => `QQ § ${i + 1}`));
    for (const row of rows) {
      const want = expected(row.paragraph.ref);
      expect({
        ref: row.paragraph.ref,
        rulingsInForce: row.rulingsInForce,
        rulingsPartiallyRepealed: row.rulingsPartiallyRepealed,
        rulingsRepealed: row.rulingsRepealed,
        latest: row.latestRuling?.number ?? null,
        carried: row.carriedOver.map((a: any) => `${a.ruling.number}:${a.status}`),
      }).toEqual({ ref: row.paragraph.ref, ...want });
    }
    console.log(`paragraphOverview of 400 paragraphs (3,000 rulings): ${ms.toFixed(0)} ms, ${roundTrips} round trip`);
  });
});
