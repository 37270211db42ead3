/**
 * The practice figures of a set of complaint cases, computed in plain TypeScript from the records
 * the tests import: an oracle for the API's statements, written apart from src/ on purpose, so a
 * mistake in the rule there is not repeated here.
 */
export type OracleOutcome = 'UPHELD' | 'CHANGED' | 'ANNULLED' | 'REMANDED' | 'DISMISSED';

/** The most far-reaching outcome is the one registered; a dismissal only when nothing else was decided. */
const PRECEDENCE: OracleOutcome[] = ['CHANGED', 'ANNULLED', 'REMANDED', 'UPHELD', 'DISMISSED'];
export const REVERSAL_OUTCOMES: OracleOutcome[] = ['CHANGED', 'ANNULLED', 'REMANDED'];

export const registeredOf = (c: { outcomes: readonly OracleOutcome[] }): OracleOutcome =>
  PRECEDENCE.find((outcome) => c.outcomes.includes(outcome))!;

export function practiceCounts(set: readonly { outcomes: readonly OracleOutcome[] }[]) {
  const n = (outcome: OracleOutcome) => set.filter((c) => registeredOf(c) === outcome).length;
  const outcomes = {
    upheld: n('UPHELD'),
    changed: n('CHANGED'),
    annulled: n('ANNULLED'),
    remanded: n('REMANDED'),
    dismissed: n('DISMISSED'),
  };
  const onMerits = set.length - outcomes.dismissed;
  const reversed = outcomes.changed + outcomes.annulled + outcomes.remanded;
  return {
    decided: set.length,
    onMerits,
    reversed,
    reversalRate: onMerits === 0 ? null : reversed / onMerits,
    outcomes,
  };
}
