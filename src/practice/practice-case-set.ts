import { ON_MERITS_OUTCOMES, REVERSAL_OUTCOMES, type Outcome } from '../complaint-case/registered-outcome';
import { PracticeCaseSet } from './practice.args';
import type { PracticeCountsRecord } from './practice-stats.type';

/**
 * The registered outcomes of the cases a PracticeCaseSet lists (null: all of them), from the
 * same definitions the importer registers outcomes by, so the listed cases are exactly those
 * counted in the figure they stand behind.
 */
export function outcomesOf(set: PracticeCaseSet): Outcome[] | null {
  switch (set) {
    case PracticeCaseSet.DECIDED:
      return null;
    case PracticeCaseSet.ON_MERITS:
      return [...ON_MERITS_OUTCOMES];
    case PracticeCaseSet.REVERSED:
      return [...REVERSAL_OUTCOMES];
    default:
      return [set];
  }
}

/** The figure of the filter's totals that counts the set's cases: the connection's totalCount. */
export function countOf(set: PracticeCaseSet, totals: PracticeCountsRecord): number {
  switch (set) {
    case PracticeCaseSet.DECIDED:
      return totals.decided;
    case PracticeCaseSet.ON_MERITS:
      return totals.onMerits;
    case PracticeCaseSet.REVERSED:
      return totals.reversed;
    default:
      return totals.outcomes[set.toLowerCase() as keyof PracticeCountsRecord['outcomes']];
  }
}
