import { keyOf, makeLoader, type LoaderOptions } from '../graphql/loader-options';
import type { LineageKey, LineageRepository, RulingStatusKey } from './lineage.repository';

const byStatusKey = keyOf<RulingStatusKey>('number', 'asOf');
const byLineageKey = keyOf<LineageKey>('number', 'maxDepth');

export function createLineageLoaders(lineage: LineageRepository, options: LoaderOptions) {
  return {
    /** Many rulings and dates in one statement. */
    rulingStatus: makeLoader(options, (keys: readonly RulingStatusKey[]) => lineage.statuses(keys), byStatusKey),
    /** Only the status kind, for selections of `status { status }` alone. */
    rulingStatusKind: makeLoader(options, (keys: readonly RulingStatusKey[]) => lineage.statusKinds(keys), byStatusKey),
    replacesOfRuling: makeLoader(options, (keys: readonly LineageKey[]) => lineage.replaces(keys), byLineageKey),
    replacedByOfRuling: makeLoader(options, (keys: readonly LineageKey[]) => lineage.replacedBy(keys), byLineageKey),
    lineageOfRuling: makeLoader(options, (keys: readonly LineageKey[]) => lineage.lineages(keys), byLineageKey),
    /** Keyed by ruling number. */
    citesOfRuling: makeLoader(options, (numbers: readonly string[]) => lineage.cites(numbers)),
    citedByOfRuling: makeLoader(options, (numbers: readonly string[]) => lineage.citedBy(numbers)),
  };
}
