import { registerEnumType } from 'type-graphql';
import { OUTCOMES } from '../importer/import-schema';
import type { Outcome } from './registered-outcome';

/**
 * The outcomes Ankestyrelsen registers, as a GraphQL enum built from the import contract's one
 * list (OUTCOMES). Its values are the strings stored on ComplaintCase.outcome / .outcomes, so rows
 * map onto it without translation.
 */
export const CaseOutcome = Object.fromEntries(OUTCOMES.map((outcome) => [outcome, outcome])) as {
  readonly [K in Outcome]: K;
};
export type CaseOutcome = Outcome;
registerEnumType(CaseOutcome, {
  name: 'Outcome',
  description: 'How a complaint case ended.',
  valuesConfig: {
    UPHELD: { description: "Stadfæstet: the authority's decision stands." },
    CHANGED: { description: 'Ændret: Ankestyrelsen changed the decision.' },
    ANNULLED: { description: 'Ophævet: the decision was annulled.' },
    REMANDED: { description: 'Hjemvist: sent back to the authority to decide again.' },
    DISMISSED: { description: 'Afvist: not decided on the merits (e.g. too late, no right to complain).' },
  },
});
