import type { OUTCOMES } from '../importer/import-schema';

/** One of the outcomes the import contract lists (OUTCOMES), the one definition of the set. */
export type Outcome = (typeof OUTCOMES)[number];

// Ankestyrelsen registers a decision with several outcomes under the most far-reaching one.
// A dismissal is not a decision on the merits, so it counts only when nothing else was decided.
const PRECEDENCE: readonly Outcome[] = ['CHANGED', 'ANNULLED', 'REMANDED', 'UPHELD', 'DISMISSED'];

export function registeredOutcome(outcomes: readonly Outcome[]): Outcome {
  const found = PRECEDENCE.find((outcome) => outcomes.includes(outcome));
  if (!found) throw new Error('a complaint case needs at least one outcome');
  return found;
}

export const REVERSAL_OUTCOMES: readonly Outcome[] = ['CHANGED', 'ANNULLED', 'REMANDED'];
