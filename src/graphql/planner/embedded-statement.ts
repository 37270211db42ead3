import { renderFragment } from '../../db/cypher-registry';
import type { StatementParameters } from './parameters';

/**
 * A whole statement of cypher/queries/ as a subquery body that yields one row, `value`: the
 * list of its rows as maps of `columns`. Its `$parameters` are renamed into the enclosing
 * statement's, so embedded statements never share a name by accident.
 */
export function embedStatement(
  statement: string,
  values: Readonly<Record<string, unknown>>,
  columns: readonly string[],
  parameters: StatementParameters,
): string {
  return ['CALL () {', renameParameters(statement, values, parameters), '}', collectRows(columns)].join('\n');
}

/** A statement's `$parameters` under the enclosing statement's names for the same values. */
export function renameParameters(
  statement: string,
  values: Readonly<Record<string, unknown>>,
  parameters: StatementParameters,
): string {
  return statement.replace(/\$(\w+)/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`no value for $${name} of an embedded statement`);
    return parameters.add(values[name]);
  });
}

/** The RETURN that turns a subquery's rows into one row, `value`, the list of them as maps. */
export function collectRows(columns: readonly string[]): string {
  return `RETURN collect({${columns.map((column) => `${column}: ${column}`).join(', ')}}) AS value`;
}

/** Where a lookup finds its node: label and key property are constants of the caller, never input. */
export interface LookupTarget {
  label: 'Law' | 'Paragraph' | 'Authority';
  keyProperty: 'id' | 'ref' | 'code';
  projection: 'projection/law' | 'projection/paragraph' | 'projection/authority';
}

/** A subquery body that yields one row, `value`: the node's record, or null if there is none. */
export function lookupBody(target: LookupTarget, key: string, parameters: StatementParameters): string {
  return [
    `OPTIONAL MATCH (node:${target.label} {${target.keyProperty}: ${parameters.add(key)}})`,
    `RETURN CASE WHEN node IS NULL THEN null ELSE ${renderFragment(target.projection, { node: 'node' })} END AS value`,
  ].join('\n');
}
