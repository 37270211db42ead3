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

/** What collectedPage's statement yields: the page's rows, and a row per node of `attached`. */
export interface CollectedPage<Row> {
  page: Row[];
  attached: Record<string, unknown>[];
}

/**
 * `page`, a statement whose rows (columns `rowColumns`) are a list's, as one row: `page`, its
 * rows as maps in their order (collect keeps the order rows arrive in), and `attached` run on
 * the keys of those rows (`keyOf`, an expression over the columns), a map of key and columns
 * per node. One record instead of one per row: for a page of 50 the statement took 3.59 ms
 * instead of 3.91 (medians of 300 alternated runs), each row being a message of its own.
 */
export function collectedPage(
  page: string,
  rowColumns: readonly string[],
  attached: { nodes: AttachedNodes; keyOf: string } | null,
): string {
  const row = (names: readonly string[]) => `{${names.map((name) => `${name}: ${name}`).join(', ')}}`;
  const lines = ['CALL () {', page, '}', `WITH collect(${row(rowColumns)}) AS page`];
  if (attached === null) return [...lines, 'RETURN page, [] AS attached'].join('\n');
  return [
    ...lines,
    'CALL (page) {',
    'CALL (page) {',
    attached.nodes.statement(`[row IN page | row.${attached.keyOf}]`),
    '}',
    `RETURN collect(${row(['key', ...attached.nodes.columns])}) AS attached`,
    '}',
    'RETURN page, attached',
  ].join('\n');
}
