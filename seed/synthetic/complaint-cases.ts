import type { AuthorityPanel } from './authorities';
import { AscendingDays, isoOf, weekdaysBetween, yearOf } from './dates';
import type { ParagraphCatalogue } from './laws-and-paragraphs';
import { Rng } from './prng';
import type { ComplaintCaseRecord, Outcome } from './records';
import type { RulingLedger } from './rulings-and-consolidations';
import { WeightedSampler, zipfSampler } from './zipf';

/**
 * Complaint cases 2015-2025, in decision order, calibrated on Ankestyrelsen's statistics:
 * about 5 % dismissed; of cases on the merits about 30 % reversed, varying by authority; of the
 * reversed about 60 % remanded and 40 % changed or annulled; a few cases with several outcomes.
 */

export const FIRST_CASE_DAY = '2015-01-01';
export const LAST_CASE_DAY = '2025-12-31';
const DISMISSED_SHARE = 0.05;
const REMANDED_SHARE_OF_REVERSED = 0.6;
const CHANGED_SHARE_OF_REVERSED = 0.32;
const SEVERAL_OUTCOMES_SHARE_OF_REVERSED = 0.1;
/** Ankestyrelsen has registered reasons for reversal only since 2019. */
const FIRST_YEAR_WITH_REASONS = 2019;
const INFO_SHARE = 0.74;
/** Exponent of the Zipf law by which some rulings are applied far more often than others. */
const POPULARITY_EXPONENT = 1.1;
/** Case numbers are SK-<year>-<7 digits>. */
export const MAX_CASES_PER_YEAR = 9_999_999;

const OTHER_REASONS = [
  'NEW_INFO',
  'LAW_APPLICATION',
  'ASSESSMENT',
  'PROCEDURE',
  'HEARING',
  'PRACTICE_CHANGE',
  'OTHER',
] as const;
const OTHER_REASON_WEIGHTS = [0.22, 0.22, 0.2, 0.12, 0.1, 0.04, 0.1];
/** Registration precedence, lowest first: a case is registered under the last of its outcomes here. */
const PRECEDENCE: readonly Outcome[] = ['UPHELD', 'REMANDED', 'ANNULLED', 'CHANGED'];

/** Rulings of one group ranked by popularity, and a Zipf sampler over the ranks. */
interface Popularity {
  readonly byRank: Int32Array;
  readonly sampler: WeightedSampler | undefined;
}

export function* complaintCases(
  options: { cases: number; seed: number },
  catalogue: ParagraphCatalogue,
  ledger: RulingLedger,
  authorities: AuthorityPanel,
): Generator<ComplaintCaseRecord> {
  const rng = new Rng(options.seed, 'complaint-cases');
  const days = new AscendingDays(
    weekdaysBetween(FIRST_CASE_DAY, LAST_CASE_DAY),
    options.cases,
    new Rng(options.seed, 'case-dates'),
  );
  const groups = new WeightedSampler(catalogue.groupWeights);
  const otherReasons = new WeightedSampler(OTHER_REASON_WEIGHTS);

  const rankRng = new Rng(options.seed, 'ruling-popularity');
  const popularity: Popularity[] = ledger.byGroup.map((rulings) => ({
    byRank: Int32Array.from(rankRng.shuffled(Array.from(rulings))),
    sampler: rulings.length > 0 ? zipfSampler(rulings.length, POPULARITY_EXPONENT) : undefined,
  }));

  /**
   * Rulings a case applies must be decided before it and not yet fully repealed. Popular ones
   * that are not are skipped, so the draw stays Zipf-like among those that qualify.
   */
  const pickApplied = (group: number, day: number): string[] => {
    const { byRank, sampler } = popularity[group];
    const count = [0, 1, 1, 1, 1, 2, 2, 3, 0, 0][rng.int(10)];
    if (sampler === undefined || count === 0) return [];
    const applied: string[] = [];
    for (let tries = 0; applied.length < count && tries < count * 6; tries++) {
      const r = byRank[sampler.sample(rng)];
      if (ledger.day[r] >= day || ledger.repealedOn[r] <= day) continue;
      const number = ledger.numbers[r];
      if (!applied.includes(number)) applied.push(number);
    }
    return applied;
  };

  const pickReasons = (): string[] => {
    const reasons: string[] = [];
    const info = rng.chance(INFO_SHARE);
    if (info) reasons.push('INFO');
    const others = info ? (rng.chance(0.25) ? 1 : 0) : rng.chance(0.7) ? 1 : 2;
    while (reasons.length < (info ? 1 : 0) + others) {
      const code = OTHER_REASONS[otherReasons.sample(rng)];
      if (!reasons.includes(code)) reasons.push(code);
    }
    return reasons;
  };

  const severalOutcomes = (registered: Outcome): Outcome[] => {
    const lower = PRECEDENCE.slice(0, PRECEDENCE.indexOf(registered));
    const outcomes: Outcome[] = lower.filter(() => rng.chance(0.5));
    if (outcomes.length === 0) outcomes.push(rng.pick(lower));
    outcomes.push(registered);
    // Shuffled, so an importer that takes the first or last outcome instead of the precedence rule is caught.
    return rng.shuffled(outcomes);
  };

  let year = 0;
  let numberInYear = 0;
  for (let c = 0; c < options.cases; c++) {
    const day = days.next();
    if (yearOf(day) !== year) {
      year = yearOf(day);
      numberInYear = 0;
    }
    numberInYear++;
    if (numberInYear > MAX_CASES_PER_YEAR)
      throw new Error(`more than ${MAX_CASES_PER_YEAR} cases in ${year}; use fewer --cases`);

    const received = day - rng.between(30, 240);
    const group = groups.sample(rng);
    const paragraphs = catalogue.pick(group, day, rng.chance(0.8) ? 1 : 2, rng);
    const area = catalogue.areaOf(paragraphs[0]);
    const authority = authorities.pickFor(area, rng);

    let outcomes: Outcome[];
    let reasons: string[] = [];
    if (rng.chance(DISMISSED_SHARE)) {
      outcomes = ['DISMISSED'];
    } else if (rng.chance(authorities.propensity[authority])) {
      const u = rng.next();
      const registered: Outcome =
        u < REMANDED_SHARE_OF_REVERSED
          ? 'REMANDED'
          : u < REMANDED_SHARE_OF_REVERSED + CHANGED_SHARE_OF_REVERSED
            ? 'CHANGED'
            : 'ANNULLED';
      outcomes = rng.chance(SEVERAL_OUTCOMES_SHARE_OF_REVERSED) ? severalOutcomes(registered) : [registered];
      if (year >= FIRST_YEAR_WITH_REASONS) reasons = pickReasons();
    } else {
      outcomes = ['UPHELD'];
    }

    yield {
      kind: 'complaintCase',
      id: `SK-${year}-${String(numberInYear).padStart(7, '0')}`,
      receivedOn: isoOf(received),
      decidedOn: isoOf(day),
      authority: authorities.records[authority].code,
      area,
      paragraphs: paragraphs.map((p) => catalogue.paragraphs[p].ref),
      outcomes,
      applied: pickApplied(group, day),
      reasons,
    };
  }
}
