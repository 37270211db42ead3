import type { Loaders } from '../../context';
import type { StatementParameters } from './parameters';

/** One compiled part of a statement: a subquery body yielding one row, `value`, and where the value goes. */
export interface StatementPart {
  body: string;
  prime(loaders: Loaders, value: unknown): void;
}

/**
 * Several parts as one subquery body that yields one row, `value`, the list of their values in
 * order, and primes each part with its own: independent statements in one round trip. Each part
 * sees the variables of `scope` (bound before the combined body), none of the others' values.
 */
export function combineParts(
  parts: readonly StatementPart[],
  parameters: StatementParameters,
  scope: readonly string[] = [],
): StatementPart {
  const columns: string[] = [];
  const lines: string[] = [];
  for (const part of parts) {
    const column = parameters.variable('s');
    lines.push(
      `CALL (${scope.join(', ')}) {`,
      part.body,
      '}',
      `WITH ${[...scope, ...columns, `value AS ${column}`].join(', ')}`,
    );
    columns.push(column);
  }
  return {
    body: [...lines, `RETURN [${columns.join(', ')}] AS value`].join('\n'),
    prime: (loaders, value) => parts.forEach((part, index) => part.prime(loaders, (value as unknown[])[index])),
  };
}
