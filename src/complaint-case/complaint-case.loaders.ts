import { keyOf, makeLoader, type LoaderOptions } from '../graphql/loader-options';
import type { CasesOfRulingKey, ComplaintCaseRepository } from './complaint-case.repository';

export function createComplaintCaseLoaders(cases: ComplaintCaseRepository, options: LoaderOptions) {
  return {
    /** Many rulings' pages in one statement. */
    complaintCasesOfRuling: makeLoader(
      options,
      (keys: readonly CasesOfRulingKey[]) => cases.casesOfRulings(keys),
      keyOf<CasesOfRulingKey>('number', 'size', 'cursor', 'backward'),
    ),
    complaintCaseById: makeLoader(options, (ids: readonly string[]) => cases.byIds(ids)),
    authorityByCode: makeLoader(options, (codes: readonly string[]) => cases.authoritiesByCodes(codes)),
    reversalReasonByCode: makeLoader(options, (codes: readonly string[]) => cases.reversalReasonsByCodes(codes)),
  };
}
