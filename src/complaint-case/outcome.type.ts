import { registerEnumType } from 'type-graphql';

/**
 * The outcomes Ankestyrelsen registers. The enum's values are the strings stored on
 * ComplaintCase.outcome / .outcomes, so rows map onto it without translation.
 */
export enum CaseOutcome {
  UPHELD = 'UPHELD',
  CHANGED = 'CHANGED',
  ANNULLED = 'ANNULLED',
  REMANDED = 'REMANDED',
  DISMISSED = 'DISMISSED',
}
registerEnumType(CaseOutcome, {
  name: 'Outcome',
  description: 'How a complaint case ended.',
  valuesConfig: {
    UPHELD: { description: 'Stadfæstet: the authority\'s decision stands.' },
    CHANGED: { description: 'Ændret: Ankestyrelsen changed the decision.' },
    ANNULLED: { description: 'Ophævet: the decision was annulled.' },
    REMANDED: { description: 'Hjemvist: sent back to the authority to decide again.' },
    DISMISSED: { description: 'Afvist: not decided on the merits (e.g. too late, no right to complain).' },
  },
});
