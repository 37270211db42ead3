/**
 * Keyset ordering for Cypher pages, both ways. An order is a list of sort keys (Cypher
 * expressions with a direction); a page forward seeks rows strictly after the cursor in that
 * order, a page backward seeks rows strictly before it by reading the exact reverse order (then
 * the caller turns the rows round). Statements hold the placeholders {{seek}} and {{orderBy}};
 * the cursor's values go in as the list parameter $cursor, never into the text.
 */
export type SortDirection = 'ASC' | 'DESC';

export interface SortKey {
  /** A Cypher expression over the statement's variables, e.g. "r.decidedOn". */
  expr: string;
  direction: SortDirection;
}

const flip = (direction: SortDirection): SortDirection => (direction === 'ASC' ? 'DESC' : 'ASC');

/**
 * The seek predicate and ORDER BY list for reading `keys` forward, or backward (reversed).
 * `cursor` is the Cypher expression of the cursor's list (a per-row one in a batch statement).
 */
export function keysetClauses(
  keys: readonly SortKey[],
  backward: boolean,
  cursor = '$cursor',
): { seek: string; orderBy: string } {
  const effective = keys.map((key) => ({ ...key, direction: backward ? flip(key.direction) : key.direction }));
  // Lexicographic "after": (k0 > c0) OR (k0 = c0 AND ((k1 > c1) OR (k1 = c1 AND ...))).
  const after = effective.reduceRight<string | null>((rest, key, index) => {
    const beyond = `${key.expr} ${key.direction === 'ASC' ? '>' : '<'} ${cursor}[${index}]`;
    return rest === null ? beyond : `(${beyond} OR (${key.expr} = ${cursor}[${index}] AND ${rest}))`;
  }, null);
  return {
    seek: `(${cursor} IS NULL OR ${after})`,
    orderBy: effective.map((key) => `${key.expr} ${key.direction}`).join(', '),
  };
}

/** A statement template with its {{seek}} and {{orderBy}} filled in. */
export function keysetStatement(
  template: string,
  keys: readonly SortKey[],
  backward: boolean,
  cursor?: string,
): string {
  const { seek, orderBy } = keysetClauses(keys, backward, cursor);
  return template.replace('{{seek}}', seek).replace('{{orderBy}}', orderBy);
}
