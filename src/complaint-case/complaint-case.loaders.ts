import { makeLoader, type LoaderOptions } from '../graphql/loader-options';
import type { ComplaintCaseRepository } from './complaint-case.repository';

export function createComplaintCaseLoaders(cases: ComplaintCaseRepository, options: LoaderOptions) {
  return {
    /** Keyed by casesOfRulingKey: many rulings' pages in one statement. */
    complaintCasesOfRuling: makeLoader(options, (keys: readonly string[]) => cases.casesOfRulings(keys)),
    complaintCaseById: makeLoader(options, (ids: readonly string[]) => cases.byIds(ids)),
    authorityByCode: makeLoader(options, (codes: readonly string[]) => cases.authoritiesByCodes(codes)),
    reversalReasonByCode: makeLoader(options, (codes: readonly string[]) => cases.reversalReasonsByCodes(codes)),
  };
}
