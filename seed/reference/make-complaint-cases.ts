/**
 * Writes seed/reference/07-complaint-cases.ndjson.
 *
 * THESE COMPLAINT CASES ARE SYNTHETIC. Ankestyrelsen publishes no case-level data (only aggregate
 * statistics), so there is no real case data to import. Everything else in seed/reference (laws,
 * paragraphs, principle rulings, consolidations, municipalities, the reversal-reason vocabulary) is
 * real reference data (its sources are listed in seed/reference/README.md). The cases exist so that every query
 * has something to show; the reversal rates they give individual municipalities are invented and say
 * nothing about those municipalities.
 *
 * The cases are calibrated to the public aggregates in seed/reference/README.md (about 30 % of cases on the
 * merits reversed, of those about 40 % changed or annulled and 60 % remanded; insufficient
 * information as the reason in about 74 % of reversals), and they are consistent with the reference
 * data: a case concerns a paragraph valid on its decision date (SEL § 41 until 2023, BL § 86 after)
 * and applies only rulings in force on that date that interpret the paragraph or its predecessor.
 *
 * Deterministic: a fixed-seed PRNG (mulberry32) and no dependencies, so rerunning gives the same file.
 * Run: npx tsx seed/reference/make-complaint-cases.ts
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const DIR = __dirname;
const OUT = path.join(DIR, '07-complaint-cases.ndjson');
const CASE_COUNT = 400;
const SEED = 20240101;

// --- deterministic randomness -----------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(SEED);
const chance = (p: number): boolean => rnd() < p;
const intBetween = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
function weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rnd() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1][0];
}

// --- dates (UTC day arithmetic on ISO strings) --------------------------------------------------

const DAY_MS = 86_400_000;
const toDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const toIso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

// --- the reference data this generator must agree with -------------------------------------------

interface ParagraphRec {
  ref: string;
  validFrom?: string;
  validTo?: string;
  replaces?: string[];
}
interface RulingRec {
  number: string;
  decidedOn: string;
  datePrecision?: string;
  paragraphs: string[];
}
interface ConsolidationRec {
  decidedOn: string;
  repeals: { ruling: string; extent: string }[];
}
interface AuthorityRec {
  code: string;
}
interface ReasonRec {
  code: string;
}

function readKind<T>(file: string, kind: string): T[] {
  return fs
    .readFileSync(path.join(DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { kind: string })
    .filter((r) => r.kind === kind) as unknown as T[];
}

const paragraphs = new Map(readKind<ParagraphRec>('02-paragraphs.ndjson', 'paragraph').map((p) => [p.ref, p]));
const rulings = readKind<RulingRec>('03-rulings.ndjson', 'ruling');
const consolidations = readKind<ConsolidationRec>('04-consolidations.ndjson', 'consolidation');
const authorityCodes = new Set(readKind<AuthorityRec>('05-authorities.ndjson', 'authority').map((a) => a.code));
const reasonCodes = new Set(readKind<ReasonRec>('06-reversal-reasons.ndjson', 'reversalReason').map((r) => r.code));

const successorOf = new Map<string, string>();
for (const p of paragraphs.values()) for (const old of p.replaces ?? []) successorOf.set(old, p.ref);

function isValid(ref: string, day: number): boolean {
  const p = paragraphs.get(ref);
  if (!p) throw new Error(`unknown paragraph ${ref}`);
  return (!p.validFrom || toDay(p.validFrom) <= day) && (!p.validTo || day <= toDay(p.validTo));
}

/** The paragraph in the succession chain starting at `root` that is valid on `day`, if any. */
function resolve(root: string, day: number): string | undefined {
  for (let ref: string | undefined = root; ref; ref = successorOf.get(ref)) if (isValid(ref, day)) return ref;
  return undefined;
}

function predecessorsAndSelf(ref: string): Set<string> {
  const out = new Set([ref]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [old, succ] of successorOf) {
      if (out.has(succ) && !out.has(old)) {
        out.add(old);
        grew = true;
      }
    }
  }
  return out;
}

/**
 * The first day a ruling can have been applied: its date for DAY precision (applied strictly after),
 * the end of the month or year otherwise, so a ruling dated only "2024" is not used in January 2024.
 */
function firstUsableDay(r: RulingRec): number {
  const [y, m] = r.decidedOn.split('-').map(Number);
  if (r.datePrecision === 'YEAR') return toDay(`${y + 1}-01-01`);
  if (r.datePrecision === 'MONTH')
    return toDay(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`);
  return toDay(r.decidedOn) + 1;
}

const repealedOn = new Map<string, number>();
for (const c of consolidations)
  for (const rep of c.repeals) if (rep.extent === 'FULL') repealedOn.set(rep.ruling, toDay(c.decidedOn));

function applicableRulings(refs: string[], day: number): string[] {
  const interpretable = new Set(refs.flatMap((r) => [...predecessorsAndSelf(r)]));
  return rulings
    .filter((r) => r.paragraphs.some((p) => interpretable.has(p)))
    .filter((r) => firstUsableDay(r) <= day)
    .filter((r) => !(repealedOn.has(r.number) && repealedOn.get(r.number)! <= day))
    .map((r) => r.number);
}

// --- what the cases are about -------------------------------------------------------------------

interface Topic {
  roots: string[];
  area: string;
  weight: number;
  udk?: boolean;
}
// Roots are the paragraph refs as first numbered; `resolve` follows the 2024 succession.
const TOPICS: Topic[] = [
  { roots: ['SEL § 41'], area: 'children', weight: 15 },
  { roots: ['SEL § 42'], area: 'children', weight: 12 },
  { roots: ['SEL § 50'], area: 'children', weight: 4 },
  { roots: ['SEL § 52 stk. 3'], area: 'children', weight: 6 },
  { roots: ['SEL § 71'], area: 'children', weight: 3 },
  { roots: ['SEL § 96'], area: 'disability', weight: 6 },
  { roots: ['SEL § 100'], area: 'disability', weight: 10 },
  { roots: ['SEL § 112'], area: 'disability', weight: 12 },
  { roots: ['SEL § 113'], area: 'disability', weight: 7 },
  { roots: ['SEL § 112', 'SEL § 113'], area: 'disability', weight: 2 },
  { roots: ['SEL § 102'], area: 'social', weight: 3 },
  { roots: ['SEL § 107'], area: 'social', weight: 3 },
  { roots: ['SEL § 108'], area: 'social', weight: 4 },
  { roots: ['SEL § 107', 'SEL § 108'], area: 'social', weight: 1 },
  { roots: ['SEL § 129'], area: 'social', weight: 2 },
  { roots: ['LAS § 34'], area: 'social', weight: 2 },
  { roots: ['LAS § 81'], area: 'social', weight: 2 },
  { roots: ['BUYL § 2'], area: 'family-benefits', weight: 3, udk: true },
  { roots: ['BUYL § 4'], area: 'family-benefits', weight: 2, udk: true },
];

// Municipalities: [code, weight (share of cases), base reversal rate among cases on the merits].
// A few high and a few low, as the published figures for 2022 show (some near 70 %, several under 25 %).
const MUNICIPALITIES: ReadonlyArray<readonly [string, number, number]> = [
  ['101', 12, 0.28],
  ['751', 8, 0.25],
  ['461', 6, 0.27],
  ['851', 6, 0.24],
  ['147', 4, 0.27],
  ['561', 4, 0.28],
  ['630', 4, 0.26],
  ['730', 3, 0.3],
  ['621', 3, 0.25],
  ['615', 3, 0.27],
  ['265', 3, 0.23],
  ['370', 3, 0.31],
  ['316', 3, 0.27],
  ['791', 3, 0.24],
  // low
  ['157', 3, 0.14],
  ['740', 3, 0.18],
  ['657', 3, 0.16],
  ['230', 2, 0.15],
  // high
  ['376', 3, 0.64],
  ['330', 3, 0.58],
  ['360', 2, 0.68],
];
const UDK_REVERSAL = 0.2;
const YEAR_FACTOR: Record<number, number> = { 2019: 1.08, 2022: 1.0 };

const OTHER_REASONS: ReadonlyArray<readonly [string, number]> = [
  ['NEW_INFO', 8],
  ['LAW_APPLICATION', 6],
  ['ASSESSMENT', 5],
  ['PROCEDURE', 3],
  ['HEARING', 3],
  ['PRACTICE_CHANGE', 1],
  ['OTHER', 1],
];

for (const [code] of MUNICIPALITIES) if (!authorityCodes.has(code)) throw new Error(`unknown authority ${code}`);
if (!authorityCodes.has('UDK')) throw new Error('authority UDK missing');
for (const code of ['INFO', ...OTHER_REASONS.map(([c]) => c)])
  if (!reasonCodes.has(code)) throw new Error(`unknown reason ${code}`);

// --- generation ----------------------------------------------------------------------------------

interface Case {
  id?: string;
  receivedOn: string;
  decidedOn: string;
  authority: string;
  paragraphs: string[];
  outcomes: string[];
  area: string;
  applied: string[];
  reasons: string[];
}

const FIRST_RECEIVED = toDay('2019-01-02');
const LAST_RECEIVED = toDay('2025-10-31');
const LAST_DECIDED = toDay('2026-06-30');

function makeCase(): Case {
  for (;;) {
    const received = intBetween(FIRST_RECEIVED, LAST_RECEIVED);
    const decided = received + intBetween(30, 240); // 1 to 8 months
    if (decided > LAST_DECIDED) continue;
    const topic = weighted(TOPICS.map((t) => [t, t.weight] as const));
    const refs = topic.roots.map((r) => resolve(r, decided));
    if (refs.some((r) => r === undefined)) continue; // e.g. SEL § 71 after 2023: pick again
    const paragraphRefs = refs as string[];

    let authority: string;
    let rate: number;
    if (topic.udk) {
      authority = 'UDK';
      rate = UDK_REVERSAL;
    } else {
      const [code, , base] = weighted(MUNICIPALITIES.map((m) => [m, m[1]] as const));
      authority = code;
      rate = base;
    }
    rate *= YEAR_FACTOR[new Date(decided * DAY_MS).getUTCFullYear()] ?? 1;

    let outcomes: string[];
    const reasons: string[] = [];
    if (chance(0.05)) {
      outcomes = ['DISMISSED'];
    } else if (chance(rate)) {
      const main = chance(0.4) ? (chance(0.85) ? 'CHANGED' : 'ANNULLED') : 'REMANDED';
      outcomes = [main];
      // A few decisions with several outcomes, registered under the most far-reaching one.
      if (chance(0.08))
        outcomes = main === 'REMANDED' ? ['UPHELD', 'REMANDED'] : chance(0.5) ? ['UPHELD', main] : ['REMANDED', main];
      if (chance(0.74)) reasons.push('INFO');
      if (reasons.length === 0 || chance(0.15)) {
        const other = weighted(OTHER_REASONS);
        if (!reasons.includes(other)) reasons.push(other);
      }
    } else {
      outcomes = ['UPHELD'];
    }

    const candidates = applicableRulings(paragraphRefs, decided);
    const applied: string[] = [];
    if (candidates.length > 0 && chance(0.65)) {
      applied.push(candidates[intBetween(0, candidates.length - 1)]);
      if (candidates.length > 1 && chance(0.2)) {
        const second = candidates[intBetween(0, candidates.length - 1)];
        if (!applied.includes(second)) applied.push(second);
      }
    }

    return {
      receivedOn: toIso(received),
      decidedOn: toIso(decided),
      authority,
      paragraphs: paragraphRefs,
      outcomes,
      area: topic.area,
      applied: applied.sort(),
      reasons,
    };
  }
}

const cases = Array.from({ length: CASE_COUNT }, makeCase).sort(
  (a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.decidedOn.localeCompare(b.decidedOn),
);
const seqByYear = new Map<string, number>();
for (const c of cases) {
  const year = c.receivedOn.slice(0, 4);
  const seq = (seqByYear.get(year) ?? 0) + 1;
  seqByYear.set(year, seq);
  c.id = `K-${year}-${String(seq).padStart(6, '0')}`;
}

const lines = cases.map((c) =>
  JSON.stringify({
    kind: 'complaintCase',
    id: c.id,
    receivedOn: c.receivedOn,
    decidedOn: c.decidedOn,
    authority: c.authority,
    paragraphs: c.paragraphs,
    outcomes: c.outcomes,
    area: c.area,
    applied: c.applied,
    reasons: c.reasons,
  }),
);
fs.writeFileSync(OUT, lines.join('\n') + '\n');
console.log(`wrote ${lines.length} complaint cases to ${path.relative(process.cwd(), OUT)}`);
