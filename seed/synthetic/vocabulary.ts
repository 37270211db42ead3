import type { Rng } from './prng';
import type { Area, ReversalReasonRecord } from './records';

/**
 * The small Danish vocabulary all synthetic text is built from. Titles must vary enough for
 * full-text search to be exercised (many distinct combinations, shared words across rulings),
 * and no text may contain digits beyond paragraph and ruling numbers, so nothing can ever look
 * like a CPR number to the importer's check.
 */

export const AREAS: readonly Area[] = [
  'social',
  'children',
  'disability',
  'employment',
  'work-injury',
  'family-benefits',
  'pension',
  'housing',
  'sickness-benefit',
];

const SUBJECTS_BY_AREA: Record<Area, readonly string[]> = {
  social: [
    'personlig hjælp og pleje',
    'praktisk hjælp i hjemmet',
    'madservice',
    'socialpædagogisk støtte',
    'midlertidigt botilbud',
    'længerevarende botilbud',
    'ledsageordning',
    'aflastning',
    'borgerstyret personlig assistance',
    'befordring til aktivitetstilbud',
  ],
  children: [
    'merudgifter til børn',
    'tabt arbejdsfortjeneste',
    'anbringelse uden for hjemmet',
    'samvær under anbringelse',
    'børnefaglig undersøgelse',
    'forebyggende foranstaltninger',
    'efterværn',
    'aflastning til familier med børn',
    'kontaktperson for barnet',
    'befordring af børn med handicap',
  ],
  disability: [
    'hjælpemidler',
    'forbrugsgoder',
    'merudgifter til voksne',
    'kompressionsstrømper',
    'boligindretning',
    'støtte til køb af bil',
    'høreapparater',
    'kørestole',
    'el-scootere',
    'arm- og benproteser',
  ],
  employment: [
    'kontanthjælp',
    'uddannelseshjælp',
    'ressourceforløb',
    'jobafklaringsforløb',
    'fleksjob',
    'ledighedsydelse',
    'sanktioner ved udeblivelse',
    'rådighed for arbejdsmarkedet',
    'befordringsgodtgørelse',
    'enkeltydelser',
  ],
  'work-injury': [
    'arbejdsulykker',
    'erhvervssygdomme',
    'erstatning for tab af erhvervsevne',
    'godtgørelse for varigt mén',
    'skader under transport til arbejde',
    'skader under pauser',
    'tandskader',
    'psykiske belastninger',
    'redningshandlinger',
    'forværring af tidligere lidelse',
  ],
  'family-benefits': [
    'børne- og ungeydelse',
    'børnetilskud',
    'ophold i Danmark',
    'deling af ydelse mellem forældre',
    'optjeningsprincippet',
    'barselsdagpenge',
    'særligt børnetilskud',
    'tilbagebetaling af ydelser',
    'udbetaling ved udlandsophold',
    'ekstra børnetilskud til enlige',
  ],
  pension: [
    'førtidspension',
    'folkepension',
    'helbredstillæg',
    'personligt tillæg',
    'varmetillæg',
    'opholdskrav for pension',
    'seniorpension',
    'pensionsberegning',
    'udbetaling af pension til udlandet',
    'bopælstid',
  ],
  housing: [
    'boligstøtte',
    'beboerindskudslån',
    'anvisning af bolig',
    'husleje i almene boliger',
    'ventelister',
    'ældreboliger',
    'fremleje',
    'boligtilpasning',
    'flytning til plejebolig',
    'befordring til dagtilbud',
  ],
  'sickness-benefit': [
    'sygedagpenge',
    'forlængelse af sygedagpenge',
    'revurdering',
    'beskæftigelseskravet',
    'sygemelding under ferie',
    'delvis raskmelding',
    'arbejdsgiverperioden',
    'opfølgning under sygdom',
    'sygedagpenge under udlandsophold',
    'jobafklaring efter sygedagpenge',
  ],
};

export interface Subject {
  readonly text: string;
  readonly area: Area;
}

/** All subjects in one table, so a ruling can keep its subject as a small integer. */
export const SUBJECTS: readonly Subject[] = AREAS.flatMap((area) =>
  SUBJECTS_BY_AREA[area].map((text) => ({ text, area })),
);

export function subjectsOfArea(area: Area): number[] {
  const ids: number[] = [];
  SUBJECTS.forEach((subject, id) => {
    if (subject.area === area) ids.push(id);
  });
  return ids;
}

const ASPECTS: readonly string[] = [
  'betingelser for bevilling',
  'vurdering af varigt nedsat funktionsevne',
  'beregning af udgiften',
  'krav til kommunens oplysningsgrundlag',
  'forholdet til andre ydelser',
  'tilbagebetaling',
  'betydning af ophold i udlandet',
  'rækkefølgen af tilbud',
  'egenbetaling',
  'frit valg af leverandør',
  'tidspunkt for ændret bevilling',
  'hjemmel til afslag',
  'vurdering af nødvendighed',
  'bevilling med tilbagevirkende kraft',
  'partshøring og begrundelse',
  'helhedsvurdering',
  'afgrænsning mellem hjælpemiddel og behandlingsredskab',
  'ansøgning efter fristens udløb',
  'betydning af samlivsforhold',
  'dokumentation for udgifter',
  'sædvanligt indbo',
  'midlertidig eller varig lidelse',
  'hensynet til barnets bedste',
  'kommunens serviceniveau',
  'afgrænsning over for sundhedsloven',
];

const CONTEXTS: readonly string[] = [
  'ved kronisk sygdom',
  'for unge under uddannelse',
  'efter flytning til en anden kommune',
  'ved delt forældremyndighed',
  'ved fleksjob',
  'i eget hjem',
  'under ophold i udlandet',
  'ved midlertidigt ophold',
  'efter en arbejdsskade',
  'ved progressiv lidelse',
  'for ældre borgere',
  'ved samtidig modtagelse af pension',
];

const OPENINGS: readonly string[] = [
  'Ankestyrelsen fandt, at',
  'Ankestyrelsen udtalte, at',
  'Det er praksis, at',
  'Ankestyrelsen lagde vægt på, at',
];

const FACTORS: readonly string[] = [
  'borgerens samlede situation',
  'de lægelige oplysninger',
  'udgiftens størrelse',
  'varigheden af behovet',
  'familiens økonomiske forhold',
  'tidligere bevillinger',
  'mulighederne for at dække behovet på anden måde',
  'udtalelser fra arbejdsgiveren',
];

const CONDITIONS: readonly string[] = [
  'behovet kan dækkes efter anden lovgivning',
  'udgiften er sædvanlig for jævnaldrende',
  'der ikke foreligger tilstrækkelige oplysninger',
  'ansøgningen er indgivet efter anskaffelsen',
  'lidelsen ikke er varig',
  'kommunen ikke har foretaget en konkret vurdering',
  'borgeren selv har valgt en dyrere løsning',
];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function paragraphTitle(subject: number): string {
  return capitalise(SUBJECTS[subject].text);
}

export function rulingTitle(subject: number, rng: Rng): string {
  const base = `${capitalise(SUBJECTS[subject].text)}: ${rng.pick(ASPECTS)}`;
  return rng.chance(0.6) ? `${base} ${rng.pick(CONTEXTS)}` : base;
}

function claim(subject: number, rng: Rng): string {
  const text = SUBJECTS[subject].text;
  switch (rng.int(3)) {
    case 0:
      return `kommunen skal foretage en konkret og individuel vurdering af ${text}`;
    case 1:
      return `der ikke kan gives hjælp til ${text}, når ${rng.pick(CONDITIONS)}`;
    default:
      return `der ved afgørelsen om ${text} skal lægges vægt på ${rng.pick(FACTORS)}`;
  }
}

function joinDanish(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

export function rulingSummary(subject: number, paragraphRefs: readonly string[], rng: Rng): string {
  return `${rng.pick(OPENINGS)} ${claim(subject, rng)}. Afgørelsen angår ${joinDanish(paragraphRefs)}.`;
}

/** Summary of a ruling issued by a consolidation: it names what it carries forward. */
export function issuedRulingSummary(
  subject: number,
  paragraphRefs: readonly string[],
  repealedNumbers: readonly string[],
  containsNewPractice: boolean,
  rng: Rng,
): string {
  const noun = repealedNumbers.length === 1 ? 'principafgørelse' : 'principafgørelserne';
  const practice = containsNewPractice ? 'Afgørelsen indeholder ny praksis.' : 'Der er ikke tale om ny praksis.';
  return (
    `Principafgørelsen viderefører praksis fra ${noun} ${joinDanish(repealedNumbers)}. ${practice} ` +
    rulingSummary(subject, paragraphRefs, rng)
  );
}

export function consolidationTitle(
  type: 'MERGE' | 'REWRITE' | 'REPEAL',
  subject: number,
  repealed: readonly string[],
): string {
  const text = SUBJECTS[subject].text;
  switch (type) {
    case 'MERGE':
      return `Sammenskrivning af praksis om ${text}`;
    case 'REWRITE':
      return `Omskrivning af principafgørelse ${repealed[0]} om ${text}`;
    case 'REPEAL':
      return `Ophævelse af principafgørelser om ${text}`;
  }
}

/**
 * Identical to seed/reference/06-reversal-reasons.ndjson (a unit test holds them together):
 * importing is idempotent only if a code's label is the same in both files, and the synthetic
 * set is meant to load beside the real seed.
 */
export const REVERSAL_REASONS: readonly ReversalReasonRecord[] = [
  { kind: 'reversalReason', code: 'INFO', label: 'Utilstrækkeligt oplysningsgrundlag eller begrundelse' },
  { kind: 'reversalReason', code: 'NEW_INFO', label: 'Nye oplysninger i klagesagen' },
  { kind: 'reversalReason', code: 'LAW_APPLICATION', label: 'Forkert lovanvendelse' },
  { kind: 'reversalReason', code: 'ASSESSMENT', label: 'Anden vurdering af sagen' },
  { kind: 'reversalReason', code: 'PROCEDURE', label: 'Sagsbehandlingsfejl, fx manglende vejledning' },
  { kind: 'reversalReason', code: 'HEARING', label: 'Manglende partshøring' },
  { kind: 'reversalReason', code: 'PRACTICE_CHANGE', label: 'Ændret praksis, fx en ny principafgørelse' },
  { kind: 'reversalReason', code: 'OTHER', label: 'Andre årsager' },
];
