import { makeLoader, type LoaderOptions } from '../graphql/loader-options';
import type { PracticeRepository } from './practice.repository';

/**
 * Keyed by practiceKey (plus a field's arguments, see practice.repository.ts): the fields of
 * many PracticeStats in one response (Paragraph.practice on a list of paragraphs) share one
 * statement per aggregation, and asking decided and reversalRate of one filter runs it once.
 */
export function createPracticeLoaders(practice: PracticeRepository, options: LoaderOptions) {
  return {
    practiceTotals: makeLoader(options, (keys: readonly string[]) => practice.totals(keys)),
    practiceByPeriod: makeLoader(options, (keys: readonly string[]) => practice.byPeriod(keys)),
    practiceByAuthority: makeLoader(options, (keys: readonly string[]) => practice.byAuthority(keys)),
    practiceReasons: makeLoader(options, (keys: readonly string[]) => practice.reasons(keys)),
    practiceMostAppliedRulings: makeLoader(options, (keys: readonly string[]) => practice.mostAppliedRulings(keys)),
    practiceCasePages: makeLoader(options, (keys: readonly string[]) => practice.casePages(keys)),
  };
}
