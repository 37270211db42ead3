import { makeLoader, type LoaderOptions } from '../graphql/loader-options';
import type { LineageRepository } from './lineage.repository';

export function createLineageLoaders(lineage: LineageRepository, options: LoaderOptions) {
  return {
    /** Keyed by rulingStatusKey(number, asOf): many rulings and dates in one statement. */
    rulingStatus: makeLoader(options, (keys: readonly string[]) => lineage.statuses(keys)),
  };
}
