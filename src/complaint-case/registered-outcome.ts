export type Outcome = 'UPHELD' | 'CHANGED' | 'ANNULLED' | 'REMANDED' | 'DISMISSED';

// Ankestyrelsen registers a decision with several outcomes under the most far-reaching one.
// A dismissal is not a decision on the merits, so it counts only when nothing else was decided.
const PRECEDENCE: readonly Outcome[] = ['CHANGED', 'ANNULLED', 'REMANDED', 'UPHELD', 'DISMISSED'];

export function registeredOutcome(outcomes: readonly Outcome[]): Outcome {
  const found = PRECEDENCE.find((outcome) => outcomes.includes(outcome));
  if (!found) throw new Error('a complaint case needs at least one outcome');
  return found;
}

export const REVERSAL_OUTCOMES: readonly Outcome[] = ['CHANGED', 'ANNULLED', 'REMANDED'];
