import { makeLoader, type LoaderOptions } from '../graphql/loader-options';
import type { LineageRepository } from './lineage.repository';

export function createLineageLoaders(lineage: LineageRepository, options: LoaderOptions) {
  return {
    /** Keyed by rulingStatusKey(number, asOf): many rulings and dates in one statement. */
    rulingStatus: makeLoader(options, (keys: readonly string[]) => lineage.statuses(keys)),
    /** Keyed by lineageKey(number, maxDepth). */
    replacesOfRuling: makeLoader(options, (keys: readonly string[]) => lineage.replaces(keys)),
    replacedByOfRuling: makeLoader(options, (keys: readonly string[]) => lineage.replacedBy(keys)),
    lineageOfRuling: makeLoader(options, (keys: readonly string[]) => lineage.lineages(keys)),
    /** Keyed by ruling number. */
    citesOfRuling: makeLoader(options, (numbers: readonly string[]) => lineage.cites(numbers)),
    citedByOfRuling: makeLoader(options, (numbers: readonly string[]) => lineage.citedBy(numbers)),
  };
}
