import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import type { ImportProblem } from './import-error';
import { nodesOnCycles } from './cycle-finder';
import type { Edge, StreamState } from './stream-state';

const queries = loadQueries('importer', [
  'existing-laws',
  'existing-paragraphs',
  'existing-authorities',
  'existing-reversal-reasons',
  'existing-rulings',
  'lineage-paths-between',
  'succession-paths-between',
] as const);

const BATCH = 5000;

const KEY_QUERIES = {
  law: { query: queries['existing-laws'], noun: 'law' },
  paragraph: { query: queries['existing-paragraphs'], noun: 'paragraph' },
  authority: { query: queries['existing-authorities'], noun: 'authority' },
  reversalReason: { query: queries['existing-reversal-reasons'], noun: 'reversal reason' },
} as const;

function chunks<T>(items: T[], size = BATCH): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/**
 * The checks that need the database: references to records not in the stream, repeal dates
 * and double repeals against stored rulings, and cycles formed by stored and new edges together.
 * All reads; the import writes nothing unless every check passes.
 */
export async function checkAgainstDatabase(
  executor: Neo4jExecutor,
  state: StreamState,
  report: (problem: ImportProblem) => void,
): Promise<void> {
  for (const [kind, { query, noun }] of Object.entries(KEY_QUERIES) as [keyof typeof KEY_QUERIES, (typeof KEY_QUERIES)[keyof typeof KEY_QUERIES]][]) {
    const wanted = [...state.unresolved[kind].keys()];
    const found = new Set<string>();
    for (const keys of chunks(wanted)) {
      (await executor.query<{ key: string }>(query, { keys })).forEach((row) => found.add(row.key));
    }
    for (const key of wanted) {
      if (found.has(key)) continue;
      for (const { line, field } of state.unresolved[kind].get(key)!) {
        report({ line, field, message: `unknown ${noun} ${JSON.stringify(key)}`, expected: `a ${noun} defined earlier in the file or already in the database` });
      }
    }
  }

  const rulingNumbers = new Set([...state.unresolved.ruling.keys(), ...state.fullRepeals.map((repeal) => repeal.ruling)]);
  const stored = new Map<string, { decidedOn: string; fullyRepealedBy: string[] }>();
  for (const numbers of chunks([...rulingNumbers])) {
    const rows = await executor.query<{ number: string; decidedOn: string; fullyRepealedBy: string[] }>(queries['existing-rulings'], { numbers });
    rows.forEach((row) => stored.set(row.number, row));
  }
  for (const [number, occurrences] of state.unresolved.ruling) {
    if (stored.has(number)) continue;
    for (const { line, field } of occurrences) {
      report({ line, field, message: `unknown ruling ${JSON.stringify(number)}`, expected: 'a ruling defined earlier in the file or already in the database' });
    }
  }
  for (const check of state.repealDateChecks) {
    const ruling = stored.get(check.ruling);
    if (ruling && check.consolidationDate < ruling.decidedOn) {
      report({
        line: check.line,
        field: 'decidedOn',
        message: `${check.consolidationDate} is before ${check.ruling} was decided (${ruling.decidedOn}); a consolidation cannot repeal a later ruling`,
        expected: `a date on or after ${ruling.decidedOn}`,
      });
    }
  }
  for (const repeal of state.fullRepeals) {
    const other = stored.get(repeal.ruling)?.fullyRepealedBy.find((id) => id !== repeal.consolidation);
    if (other) {
      report({ line: repeal.line, field: repeal.field, message: `${repeal.ruling} is already fully repealed by consolidation ${other}`, expected: 'a ruling still in force' });
    }
  }

  await reportCycles(executor, state.lineageEdges, queries['lineage-paths-between'], 'numbers', 'lineage', report);
  await reportCycles(executor, state.successionEdges, queries['succession-paths-between'], 'refs', 'paragraph succession', report);
}

async function reportCycles(
  executor: Neo4jExecutor,
  edges: Edge[],
  pathsQuery: string,
  parameter: string,
  what: string,
  report: (problem: ImportProblem) => void,
): Promise<void> {
  if (edges.length === 0) return;
  const touched = [...new Set(edges.flatMap((edge) => [edge.from, edge.to]))];
  const storedPaths: { from: string; to: string }[] = [];
  for (const keys of chunks(touched)) {
    storedPaths.push(...(await executor.query<{ from: string; to: string }>(pathsQuery, { [parameter]: keys })));
  }
  const onCycle = nodesOnCycles([
    ...edges.map((edge) => [edge.from, edge.to] as const),
    ...storedPaths.map((path) => [path.from, path.to] as const),
  ]);
  for (const edge of edges) {
    if (onCycle.has(edge.from) && onCycle.has(edge.to)) {
      report({ line: edge.line, field: edge.field, message: `${edge.from} -> ${edge.to} would make the ${what} circular`, expected: `an acyclic ${what}` });
    }
  }
}
