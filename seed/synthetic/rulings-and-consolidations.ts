import { AscendingDays, isoOf, weekdaysBetween, yearOf } from './dates';
import { GROUP_COUNT, ParagraphCatalogue } from './laws-and-paragraphs';
import { Rng } from './prng';
import type { Area, ConsolidationRecord, ConsolidationType, RepealRef, RulingRecord } from './records';
import { consolidationTitle, issuedRulingSummary, rulingSummary, rulingTitle } from './vocabulary';
import { WeightedSampler } from './zipf';

/**
 * Principle rulings and the consolidations that repeal them, generated in one pass in date
 * order so that every citation and every repeal points backwards in the stream.
 *
 * The ruling count is fixed up front (--rulings); each position ("slot") in the date-ordered
 * sequence is either an ordinary ruling or a ruling issued by a consolidation on that date.
 * REPEAL consolidations issue nothing and are written after the slot's ruling.
 *
 * Lineage depth = the number of consolidations between a ruling and its oldest ancestor. It is
 * capped at 8, and for --rulings >= 1000 a few chains are steered to exactly 8, because random
 * consolidation alone almost never builds chains that long and the lineage queries need them.
 */

export const MAX_LINEAGE_DEPTH = 8;
export const NOT_REPEALED = 0x7fffffff;
export const FIRST_RULING_DAY = '1990-01-01';
export const LAST_RULING_DAY = '2025-12-31';

/** Consolidations are checked once per slot; the rate is tuned so about 15 % of rulings get repealed. */
const CONSOLIDATION_RATE = 0.072;
/** Ankestyrelsen's big clean-up was in 2019. */
const CLEAN_UP_YEAR = 2019;
const CLEAN_UP_FACTOR = 3;
const FIRST_CONSOLIDATION_YEAR = 1993;
const PARTIAL_SHARE = 0.1;
const NEW_PRACTICE_SHARE = 0.1;
/** A ruling is consolidated only once it has stood for a while. */
const MIN_AGE_DAYS = 180;

/**
 * What complaint-case generation needs to know about rulings, kept in typed arrays so that
 * 100,000 rulings cost a few megabytes.
 */
export class RulingLedger {
  count = 0;
  readonly day: Int32Array;
  readonly group: Uint8Array;
  /** Day of the full repeal, or NOT_REPEALED. */
  readonly repealedOn: Int32Array;
  readonly numbers: string[] = [];
  /** Per group, rulings in decision order; filled when generation is complete. */
  byGroup: Int32Array[] = [];

  constructor(capacity: number) {
    this.day = new Int32Array(capacity);
    this.group = new Uint8Array(capacity);
    this.repealedOn = new Int32Array(capacity).fill(NOT_REPEALED);
  }
}

// Letters no real series uses (C, U, D, P are taken), two per area so the letter still hints at
// the area; Z is spare. Each (letter, year) pair holds numbers 1-999, the importer's limit.
const LETTERS = 'EFGHIJKLMNOQRSTVWYZ';
const AREA_LETTERS: Record<Area, string> = {
  social: 'EF',
  children: 'GH',
  disability: 'IJ',
  employment: 'KL',
  'work-injury': 'MN',
  'family-benefits': 'OQ',
  pension: 'RS',
  housing: 'TV',
  'sickness-benefit': 'WY',
};
const NUMBERS_PER_LETTER_AND_YEAR = 999;
/** Capacity per year is 19 x 999; this bound keeps even busy years below it. */
export const MAX_RULINGS = 400_000;

class RulingNumbers {
  private readonly used = new Uint16Array(LETTERS.length * 100);

  next(area: Area, day: number): string {
    const year = yearOf(day);
    const yy = year % 100;
    const order = AREA_LETTERS[area] + LETTERS;
    for (const letter of order) {
      const key = LETTERS.indexOf(letter) * 100 + yy;
      if (this.used[key] < NUMBERS_PER_LETTER_AND_YEAR) {
        this.used[key]++;
        return `${letter}-${this.used[key]}-${String(yy).padStart(2, '0')}`;
      }
    }
    throw new Error(`no free synthetic ruling number left in ${year}; use fewer --rulings`);
  }
}

interface Chain {
  readonly group: number;
  readonly startDay: number;
  readonly stepDays: readonly number[];
  head: number;
  steps: number;
}

function planChains(rulings: number, first: number, last: number, groups: WeightedSampler, rng: Rng): Chain[] {
  const count = rulings >= 1000 ? Math.min(10, 3 + Math.floor(rulings / 25_000)) : 0;
  const chains: Chain[] = [];
  for (let c = 0; c < count; c++) {
    const startDay = first + rng.int(5 * 365);
    // Leave the last months free so the eighth step always finds a later slot.
    const span = last - 240 - startDay;
    const stepDays = Array.from(
      { length: MAX_LINEAGE_DEPTH },
      (_, j) => startDay + Math.round((span * (j + 1)) / 8.5) + rng.int(Math.round(span / 40)),
    );
    chains.push({ group: groups.sample(rng), startDay, stepDays, head: -1, steps: 0 });
  }
  return chains;
}

function drawCount(rng: Rng, shares: readonly number[]): number {
  let u = rng.next();
  for (let k = 0; k < shares.length; k++) {
    u -= shares[k];
    if (u < 0) return k;
  }
  return shares.length - 1;
}

export function* rulingsAndConsolidations(
  options: { rulings: number; seed: number },
  catalogue: ParagraphCatalogue,
  ledger: RulingLedger,
): Generator<RulingRecord | ConsolidationRecord> {
  const total = options.rulings;
  const rng = new Rng(options.seed, 'rulings');
  const calendar = weekdaysBetween(FIRST_RULING_DAY, LAST_RULING_DAY);
  const days = new AscendingDays(calendar, total, new Rng(options.seed, 'ruling-dates'));
  const groups = new WeightedSampler(catalogue.groupWeights);
  const chains = planChains(
    total,
    calendar[0],
    calendar[calendar.length - 1],
    groups,
    new Rng(options.seed, 'lineage-chains'),
  );
  const numbers = new RulingNumbers();

  const paragraphsOf = new Int16Array(total * 3).fill(-1);
  const subjectOf = new Uint16Array(total);
  const depth = new Uint8Array(total);
  // Chain heads are kept out of the pools so no random consolidation can cut a chain short.
  const reserved = new Uint8Array(total);
  const poolPosition = new Int32Array(total).fill(-1);
  const pools: number[][] = Array.from({ length: GROUP_COUNT }, () => []);
  const byGroup: number[][] = Array.from({ length: GROUP_COUNT }, () => []);
  let consolidationCount = 0;

  const addToPool = (r: number) => {
    if (reserved[r] || depth[r] >= MAX_LINEAGE_DEPTH) return;
    const pool = pools[ledger.group[r]];
    poolPosition[r] = pool.length;
    pool.push(r);
  };
  const removeFromPool = (r: number) => {
    const pool = pools[ledger.group[r]];
    const at = poolPosition[r];
    if (at < 0) return;
    const last = pool.pop()!;
    if (last !== r) {
      pool[at] = last;
      poolPosition[last] = at;
    }
    poolPosition[r] = -1;
  };

  /** Up to `count` distinct in-force rulings of `group` old enough to consolidate on `day`. */
  const pickRepealable = (group: number, count: number, day: number, onlyDepthZero: boolean): number[] => {
    const pool = pools[group];
    const chosen: number[] = [];
    if (pool.length === 0) return chosen;
    for (let tries = 0; chosen.length < count && tries < count * 6; tries++) {
      const r = pool[rng.int(pool.length)];
      if (ledger.day[r] > day - MIN_AGE_DAYS || chosen.includes(r)) continue;
      if (onlyDepthZero && depth[r] > 0) continue;
      chosen.push(r);
    }
    return chosen;
  };

  const pickCites = (i: number, group: number, exclude: readonly number[]): string[] => {
    const count = drawCount(rng, [0.35, 0.35, 0.2, 0.1]);
    const cited: number[] = [];
    const sameGroup = byGroup[group];
    for (let tries = 0; cited.length < count && tries < count * 4 && i > 0; tries++) {
      // Mostly within the same law: practice builds on practice about the same provisions.
      const r = sameGroup.length > 0 && rng.chance(0.75) ? sameGroup[rng.int(sameGroup.length)] : rng.int(i);
      if (!cited.includes(r) && !exclude.includes(r)) cited.push(r);
    }
    return cited.map((r) => ledger.numbers[r]);
  };

  const record = (
    i: number,
    day: number,
    group: number,
    paragraphs: number[],
    subject: number,
  ): { number: string; area: Area } => {
    const area = catalogue.areaOf(paragraphs[0]);
    const number = numbers.next(area, day);
    ledger.day[i] = day;
    ledger.group[i] = group;
    ledger.numbers.push(number);
    ledger.count = i + 1;
    paragraphs.forEach((p, k) => {
      paragraphsOf[i * 3 + k] = p;
    });
    subjectOf[i] = subject;
    byGroup[group].push(i);
    return { number, area };
  };

  const ordinaryRuling = (i: number, day: number, group: number): RulingRecord => {
    const paragraphs = catalogue.pick(group, day, 1 + drawCount(rng, [0.6, 0.3, 0.1]), rng);
    const subject = catalogue.paragraphs[paragraphs[0]].subject;
    const cites = pickCites(i, group, []);
    const { number, area } = record(i, day, group, paragraphs, subject);
    const refs = paragraphs.map((p) => catalogue.paragraphs[p].ref);
    return {
      kind: 'ruling',
      number,
      title: rulingTitle(subject, rng),
      summary: rulingSummary(subject, refs, rng),
      decidedOn: isoOf(day),
      area,
      paragraphs: refs,
      cites,
    };
  };

  const extentFor = (forceFull: boolean): RepealRef['extent'] =>
    !forceFull && rng.chance(PARTIAL_SHARE) ? 'PARTIAL' : 'FULL';

  const consolidation = (
    type: ConsolidationType,
    day: number,
    issued: string[],
    repealed: number[],
    extents: RepealRef['extent'][],
    newPractice: boolean,
  ): ConsolidationRecord => {
    consolidationCount++;
    for (let k = 0; k < repealed.length; k++) {
      if (extents[k] === 'FULL') {
        ledger.repealedOn[repealed[k]] = day;
        removeFromPool(repealed[k]);
      }
    }
    return {
      kind: 'consolidation',
      id: `SC-${consolidationCount}`,
      title: consolidationTitle(
        type,
        subjectOf[repealed[0]],
        repealed.map((r) => ledger.numbers[r]),
      ),
      decidedOn: isoOf(day),
      type,
      issued,
      repeals: repealed.map((r, k) => ({ ruling: ledger.numbers[r], extent: extents[k] })),
      containsNewPractice: newPractice,
    };
  };

  /** A MERGE or REWRITE: slot i becomes the issued ruling, carrying the repealed rulings' provisions forward. */
  const issuingConsolidation = (
    i: number,
    day: number,
    group: number,
    type: 'MERGE' | 'REWRITE',
    repealed: number[],
    extents: RepealRef['extent'][],
  ): [RulingRecord, ConsolidationRecord] => {
    const newPractice = rng.chance(NEW_PRACTICE_SHARE);
    const carried: number[] = [];
    for (const r of repealed) {
      for (let k = 0; k < 3; k++) {
        const old = paragraphsOf[r * 3 + k];
        if (old < 0) break;
        const now = catalogue.currentVersion(old, day);
        if (now >= 0 && carried.length < 3 && !carried.includes(now)) carried.push(now);
      }
    }
    // Every provision behind the old rulings has ended: the new ruling is made under what is in force.
    const paragraphs = carried.length > 0 ? carried : catalogue.pick(group, day, 1, rng);
    const subject = subjectOf[repealed[0]];
    let deepest = 0;
    for (const r of repealed) deepest = Math.max(deepest, depth[r]);
    depth[i] = deepest + 1;
    const cites = pickCites(i, group, repealed);
    const { number, area } = record(i, day, group, paragraphs, subject);
    const refs = paragraphs.map((p) => catalogue.paragraphs[p].ref);
    const ruling: RulingRecord = {
      kind: 'ruling',
      number,
      title: rulingTitle(subject, rng),
      summary: issuedRulingSummary(
        subject,
        refs,
        repealed.map((r) => ledger.numbers[r]),
        newPractice,
        rng,
      ),
      decidedOn: isoOf(day),
      area,
      paragraphs: refs,
      cites,
    };
    return [ruling, consolidation(type, day, [number], repealed, extents, newPractice)];
  };

  for (let i = 0; i < total; i++) {
    const day = days.next();

    const starting = chains.find((c) => c.head < 0 && c.startDay <= day);
    if (starting) {
      reserved[i] = 1;
      starting.head = i;
      yield ordinaryRuling(i, day, starting.group);
      continue;
    }

    const stepping = chains.find(
      (c) => c.head >= 0 && c.steps < MAX_LINEAGE_DEPTH && c.stepDays[c.steps] <= day && ledger.day[c.head] < day,
    );
    if (stepping) {
      const extras = rng.chance(0.5) ? pickRepealable(stepping.group, rng.between(1, 2), day, true) : [];
      const repealed = [stepping.head, ...extras];
      const extents = repealed.map((_, k) => extentFor(k === 0));
      reserved[i] = 1;
      stepping.head = i;
      stepping.steps++;
      yield* issuingConsolidation(i, day, stepping.group, extras.length > 0 ? 'MERGE' : 'REWRITE', repealed, extents);
      continue;
    }

    const year = yearOf(day);
    const rate =
      year < FIRST_CONSOLIDATION_YEAR
        ? 0
        : year === CLEAN_UP_YEAR
          ? CONSOLIDATION_RATE * CLEAN_UP_FACTOR
          : CONSOLIDATION_RATE;
    const group = groups.sample(rng);
    if (rng.chance(rate)) {
      const u = rng.next();
      if (u < 0.75) {
        const wanted: 'MERGE' | 'REWRITE' = u < 0.45 ? 'MERGE' : 'REWRITE';
        const repealed = pickRepealable(group, wanted === 'MERGE' ? rng.between(2, 4) : 1, day, false);
        if (repealed.length > 0) {
          const type = repealed.length > 1 ? 'MERGE' : 'REWRITE';
          yield* issuingConsolidation(
            i,
            day,
            group,
            type,
            repealed,
            repealed.map(() => extentFor(false)),
          );
          addToPool(i);
          continue;
        }
      } else {
        // Repealed with no successor, e.g. after a change of the law. Chosen before this slot's
        // ruling joins the pool, so nothing is repealed on the day it is decided.
        const repealed = pickRepealable(group, rng.between(1, 3), day, false);
        yield ordinaryRuling(i, day, group);
        if (repealed.length > 0) {
          yield consolidation(
            'REPEAL',
            day,
            [],
            repealed,
            repealed.map(() => extentFor(false)),
            false,
          );
        }
        addToPool(i);
        continue;
      }
    }
    yield ordinaryRuling(i, day, group);
    addToPool(i);
  }

  ledger.byGroup = byGroup.map((rulings) => Int32Array.from(rulings));
}
