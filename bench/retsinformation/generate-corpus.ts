/**
 * A synthetic corpus in retsinformation's published shape (LexDania 2.1 XML, ELI JSON-LD beside
 * the laws), for measuring the corpus import: `--rulings` principle rulings of both eras and
 * `--laws` consolidated laws (the known laws of the table, then laws it does not know). Rulings
 * name paragraphs of their laws in the rules section, cite earlier rulings, and every tenth
 * merges or rewrites earlier ones and repeals them; every twentieth repeals one without successor.
 * Deterministic for a --seed.
 *
 *   npx tsx bench/retsinformation/generate-corpus.ts --rulings 5000 --laws 50 --seed 1 --out /tmp/corpus
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { KNOWN_LAWS } from '../../src/paragraph/law-aliases';

const { values } = parseArgs({
  options: {
    rulings: { type: 'string', default: '5000' },
    laws: { type: 'string', default: '50' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
if (!values.out) throw new Error('--out FOLDER is required');
const out = values.out;
const rulingCount = Number(values.rulings);
const lawCount = Number(values.laws);
let state = Number(values.seed) >>> 0 || 1;
// xorshift32: small, fast and reproducible.
const random = () => ((state ^= state << 13), (state ^= state >>> 17), (state ^= state << 5), (state >>> 0) / 2 ** 32);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const line = (text: string, forma?: 'Bold' | 'Italic') =>
  `<Exitus><Linea><Char${forma ? ` formaChar="${forma}"` : ''}>${esc(text)}</Char></Linea></Exitus>`;
const bullet = (text: string) =>
  `<Index><Indentatio formaInd="Pind"><Explicatus>•</Explicatus>${line(text)}</Indentatio></Index>`;
const WORDS = [
  'hjælp',
  'støtte',
  'ydelse',
  'bolig',
  'beskæftigelse',
  'uddannelse',
  'tilskud',
  'pleje',
  'forsørgelse',
  'rådgivning',
  'befordring',
  'handicap',
];
const SUBJECTS = [
  'merudgifter',
  'tabt arbejdsfortjeneste',
  'hjælpemidler',
  'personlig assistance',
  'boligindretning',
  'ledsagelse',
  'aflastning',
  'kontanthjælp',
];

interface SyntheticLaw {
  id: string;
  name: string;
  title: string;
  paragraphs: number;
  eli: string;
  accession: string;
  date: string;
}

const laws: SyntheticLaw[] = [];
const known = Object.values(KNOWN_LAWS);
for (let i = 0; i < lawCount; i++) {
  const name = i < known.length ? known[i].title : `Lov om ${pick(WORDS)} og ${pick(WORDS)} på område ${i}`;
  const number = 100 + i;
  laws.push({
    id: i < known.length ? known[i].id : '',
    name,
    title:
      i < known.length && known[i].id === 'BL'
        ? 'Bekendtgørelse af barnets lov'
        : `Bekendtgørelse af ${name.charAt(0).toLowerCase()}${name.slice(1)}`,
    paragraphs: 60 + Math.floor(random() * 80),
    eli: `https://www.retsinformation.dk/eli/lta/2025/${number}`,
    accession: `A2025${String(number).padStart(5, '0')}30`,
    date: `2025-0${1 + (i % 9)}-15`,
  });
}

function lawXml(law: SyntheticLaw): string {
  const chapters: string[] = [];
  let paragraph = 1;
  for (let chapter = 1; paragraph <= law.paragraphs; chapter++) {
    const paragraphs: string[] = [];
    for (let k = 0; k < 10 && paragraph <= law.paragraphs; k++, paragraph++) {
      const letter = paragraph % 17 === 0 ? 'a' : '';
      const id = `${paragraph}${letter}`;
      const stk = [1, 2, 3]
        .slice(0, 1 + Math.floor(random() * 3))
        .map(
          (n) =>
            `<Stk>${n > 1 ? `<Explicatus>Stk. ${n}.</Explicatus>` : ''}${line(`Kommunalbestyrelsen yder ${pick(WORDS)} efter reglerne i denne paragraf, stk. ${n}.`)}` +
            (n === 2
              ? `<Index><Indentatio formaInd="Nummer"><Explicatus>1)</Explicatus>${line(`når ${pick(WORDS)} er nødvendig,`)}</Indentatio><Indentatio formaInd="Nummer"><Explicatus>2)</Explicatus>${line(`når ${pick(WORDS)} ikke dækkes andetsteds.`)}</Indentatio></Index>`
              : '') +
            '</Stk>',
        );
      const repealed = paragraph % 29 === 0;
      paragraphs.push(
        `<Paragraf localId="${id}"><Explicatus>§ ${paragraph}${letter ? ` ${letter}` : ''}.</Explicatus>${repealed ? `<Stk>${line('(Ophævet)')}</Stk>` : stk.join('')}</Paragraf>`,
      );
    }
    chapters.push(
      `<Kapitel localId="${chapter}"><Explicatus>Kapitel ${chapter} </Explicatus><Rubrica><Linea><Char formaChar="Italic">${esc(`${pick(WORDS)} og ${pick(WORDS)}`)}</Char></Linea></Rubrica><ParagrafGruppe>${paragraphs.join('')}</ParagrafGruppe></Kapitel>`,
    );
  }
  const [year, ,] = law.date.split('-');
  return `<?xml version="1.0" encoding="utf-8"?>
<Dokument SchemaLocation="http://www.retsinformation.dk/offentlig/xml/schemas/2021/01/01/LBKH.Retsinfo.LexDania_2.1.xsd"><Meta><DocumentType>LBK H#LOKDOK03</DocumentType><Rank>A</Rank><AccessionNumber>${law.accession}</AccessionNumber><DocumentTitle>${esc(law.title)}</DocumentTitle><Year>${year}</Year><DiesSigni>${law.date}</DiesSigni><StartDate>${law.date}</StartDate><Status>Valid</Status><Number>${law.eli.split('/').pop()}</Number><AnnouncedIn>Lovtidende A</AnnouncedIn></Meta>
<DokumentIndhold><Bog><Afsnit localId="1">${chapters.join('\n')}</Afsnit></Bog></DokumentIndhold></Dokument>
`;
}

const eliJson = (law: SyntheticLaw) =>
  JSON.stringify(
    [
      {
        '@id': law.eli,
        'http://data.europa.eu/eli/ontology#id_local': [{ '@value': law.accession }],
        'http://data.europa.eu/eli/ontology#date_document': [
          { '@value': `${law.date.split('-').reverse().join('-')} 00:00:00` },
        ],
        'http://data.europa.eu/eli/ontology#type_document': [
          { '@id': 'https://www.retsinformation.dk/eli/vocabulary#LBKH' },
        ],
        'http://data.europa.eu/eli/ontology#in_force': [
          { '@id': 'http://data.europa.eu/eli/ontology#InForce-inForce' },
        ],
      },
      { '@id': `${law.eli}/dan`, 'http://data.europa.eu/eli/ontology#title': [{ '@value': law.title }] },
    ],
    null,
    1,
  );

interface SyntheticRuling {
  number: string;
  year: number;
  date: string;
}
const rulings: SyntheticRuling[] = [];
const LETTERS = ['C', 'D', 'P', 'U'];
for (let i = 0; i < rulingCount; i++) {
  // The first tenth in the older lettered series (1990s), the rest in the running series, oldest first.
  const older = i < rulingCount / 10;
  const year = older
    ? 1990 + Math.floor((i / (rulingCount / 10)) * 10)
    : 2009 + Math.floor(((i - rulingCount / 10) / (rulingCount * 0.9)) * 16);
  const yy = String(year % 100).padStart(2, '0');
  const perYear = rulings.filter((r) => r.year === year).length + 1;
  const number = older ? `${LETTERS[i % 4]}-${perYear}-${yy}` : `${perYear}-${yy}`;
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
  rulings.push({ number, year, date: `${year}-${month}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}` });
}
rulings.sort((a, b) => a.date.localeCompare(b.date));
const repealed = new Set<string>();

function rulingXml(ruling: SyntheticRuling, index: number): string {
  const older = /^[A-Z]-/.test(ruling.number);
  const concerned = [pick(laws), ...(random() < 0.2 ? [pick(laws)] : [])].filter(
    (law, i, all) => all.indexOf(law) === i,
  );
  const earlier = rulings.slice(0, index).filter((r) => r.date < ruling.date && !repealed.has(r.number));
  const rules: string[] = [];
  for (const law of concerned) {
    const refs = Array.from(
      { length: 1 + Math.floor(random() * 3) },
      () => `§ ${1 + Math.floor(random() * (law.paragraphs - 1))}, stk. 1`,
    );
    const paragraphs = [...new Set(refs)];
    if (older)
      rules.push(
        ...paragraphs.map((ref) =>
          line(`${law.name} - lovbekendtgørelse nr. ${law.eli.split('/').pop()} af 15. januar 2025 - ${ref}`),
        ),
      );
    else
      rules.push(
        line(`${law.title}, senest bekendtgjort i lovbekendtgørelse nr. ${law.eli.split('/').pop()}`),
        ...paragraphs.map((ref) => bullet(`${ref}, om ${pick(SUBJECTS)}.`)),
      );
  }
  const background: string[] = [];
  if (index % 10 === 5 && earlier.length >= 2) {
    const merged = [earlier[earlier.length - 1], earlier[earlier.length - 2]].map((r) => r.number);
    merged.forEach((number) => repealed.add(number));
    background.push(
      line(
        `Principmeddelelsen er en sammenskrivning af principmeddelelserne ${merged[0]} og ${merged[1]} og indeholder ikke ny praksis. Principmeddelelserne ${merged[0]} og ${merged[1]} ophæves.`,
      ),
    );
  } else if (index % 20 === 7 && earlier.length) {
    const old = earlier[0].number;
    repealed.add(old);
    background.push(line(`Principafgørelse ${old} ophæves, fordi reglerne er ændret.`));
  }
  const cited = earlier.length && random() < 0.3 ? [pick(earlier).number].filter((n) => !repealed.has(n)) : [];
  const subject = `${pick(SUBJECTS)} - ${pick(WORDS)} - ${pick(WORDS)}`;
  const title = `Ankestyrelsens ${older ? 'principafgørelse' : 'principmeddelelse'} ${ruling.number} om ${subject}`;
  const concerns = concerned
    .map(
      (law, i) =>
        `<Concerns id="concerns_${i + 1}" /><Ref_Accn REFid="concerns_${i + 1}">${law.accession}</Ref_Accn><Ref_Af REFid="concerns_${i + 1}">${law.date}</Ref_Af><Ref_Text REFid="concerns_${i + 1}">${esc(law.title)}</Ref_Text>`,
    )
    .join('');
  const body = [
    line(older ? 'Lov:' : 'Baggrund for at behandle sagen principielt', 'Bold'),
    ...(older ? rules : []),
    ...(older ? [line('Baggrund for at behandle sagen', 'Bold')] : []),
    ...background,
    line(`Sagen blev behandlet for at afklare spørgsmål om ${pick(SUBJECTS)} og ${pick(WORDS)}.`),
    ...(older ? [] : [line('Reglerne', 'Bold'), line('Love og bekendtgørelser', 'Italic'), ...rules]),
    line(older ? 'Andre Principafgørelser' : 'Praksis', older ? 'Bold' : 'Italic'),
    line(
      cited.length
        ? `Principmeddelelsen supplerer principmeddelelse ${cited[0]}.`
        : 'Ankestyrelsen har ikke andre principmeddelelser på området.',
    ),
    line(older ? 'Den konkrete afgørelse' : 'De konkrete afgørelser', 'Bold'),
    ...Array.from({ length: 3 + Math.floor(random() * 8) }, () =>
      line(
        `Ankestyrelsen ${pick(['stadfæster', 'ændrer', 'hjemviser', 'ophæver', 'afviser'])} kommunens afgørelse om ${pick(SUBJECTS)}, fordi ${pick(WORDS)} ikke var tilstrækkeligt oplyst.`,
      ),
    ),
  ];
  return `<?xml version="1.0" encoding="utf-8"?>
<Dokument SchemaLocation="http://www.retsinformation.dk/offentlig/xml/schemas/2021/01/01/AFG.Retsinfo.LexDania_2.1.xsd"><Meta><DocumentType>KEN#LOKDOK23</DocumentType><Rank>W</Rank><AccessionNumber>W${ruling.year}${String(10000 + index).padStart(6, '0')}01</AccessionNumber><DocumentTitle>${esc(title)}</DocumentTitle><Year>${ruling.year}</Year><DiesSigni>${ruling.date}</DiesSigni><Status>Valid</Status><Number>${10000 + index}</Number><AnnouncedIn>Retsinformation</AnnouncedIn><DiesEdicti>${ruling.date}</DiesEdicti>${concerns}<AdministrativeAuthority>Ankestyrelsen</AdministrativeAuthority></Meta>
<TitelGruppe><Titel><Linea><Char>${esc(title)}</Char></Linea></Titel></TitelGruppe>
<DokumentIndhold><Resume>${line(older ? 'Resumé:' : 'Principmeddelelsen fastslår', 'Bold')}${line(`Kommunen skal ved ${pick(SUBJECTS)} vurdere ${pick(WORDS)} konkret.`)}</Resume><TekstGruppe>${body.join('\n')}</TekstGruppe></DokumentIndhold></Dokument>
`;
}

mkdirSync(join(out, 'laws'), { recursive: true });
mkdirSync(join(out, 'rulings'), { recursive: true });
for (const [i, law] of laws.entries()) {
  writeFileSync(join(out, 'laws', `lbk-${i + 1}.xml`), lawXml(law));
  writeFileSync(join(out, 'laws', `lbk-${i + 1}.json`), eliJson(law));
}
rulings.forEach((ruling, index) =>
  writeFileSync(join(out, 'rulings', `ruling-${index + 1}.xml`), rulingXml(ruling, index)),
);
console.log(`wrote ${laws.length} laws and ${rulings.length} rulings to ${out}`);
