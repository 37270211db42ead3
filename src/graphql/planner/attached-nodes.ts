/**
 * The selected fields of a list root's nodes (the rulings of a page), compiled by the query
 * planner to run inside the root's own statement, so that the page and everything asked of its
 * rulings are one round trip instead of the page and then one DataLoader batch per field.
 */
export interface AttachedNodes {
  /** The statement over the node keys in `keys` (a Cypher list) that yields a row per node: `key` and `columns`. */
  statement(keys: string): string;
  columns: readonly string[];
  parameters: Readonly<Record<string, unknown>>;
  /** Hands the values of the rows to the loaders the fields' resolvers read. */
  prime(rows: readonly Readonly<Record<string, unknown>>[]): void;
}

/**
 * `page`, a statement whose rows (columns `rowColumns`) are the list's, with `attached` run on
 * the keys of those rows (`keyOf`, an expression over the columns). The page's rows are
 * collected in their order (collect keeps the order rows arrive in) and come back as one row:
 * `page`, a list of maps by column, and `attached`, a list of maps of key and columns.
 */
export function withAttachedNodes(
  page: string,
  rowColumns: readonly string[],
  keyOf: string,
  attached: AttachedNodes,
): string {
  const row = (names: readonly string[]) => `{${names.map((name) => `${name}: ${name}`).join(', ')}}`;
  return [
    'CALL () {',
    page,
    '}',
    `WITH collect(${row(rowColumns)}) AS page`,
    'CALL (page) {',
    'CALL (page) {',
    attached.statement(`[row IN page | row.${keyOf}]`),
    '}',
    `RETURN collect(${row(['key', ...attached.columns])}) AS attached`,
    '}',
    'RETURN page, attached',
  ].join('\n');
}
