import { makeLoader, type LoaderOptions } from '../graphql/loader-options';
import type { ConsolidationRepository } from './consolidation.repository';

export function createConsolidationLoaders(consolidations: ConsolidationRepository, options: LoaderOptions) {
  return {
    consolidationById: makeLoader(options, (ids: readonly string[]) => consolidations.byIds(ids)),
    rulingsIssuedBy: makeLoader(options, (ids: readonly string[]) => consolidations.issuedBy(ids)),
    rulingsRepealedBy: makeLoader(options, (ids: readonly string[]) => consolidations.repealsOf(ids)),
    /** Keyed by ruling number. */
    repealsOfRuling: makeLoader(options, (numbers: readonly string[]) => consolidations.repealsOfRulings(numbers)),
    issuerOfRuling: makeLoader(options, (numbers: readonly string[]) => consolidations.issuersOf(numbers)),
  };
}
