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

type KeyKind = keyof typeof KEY_QUERIES;

/** What the database already holds of the keys and edges a file refers to. */
export interface StoredFacts {
  keys: Record<KeyKind, Set<string>>;
  rulings: Map<string, { decidedOn: string; fullyRepealedBy: string[] }>;
  lineagePaths: { from: string; to: string }[];
  successionPaths: { from: string; to: string }[];
}

/** An empty database holds none of them: what the bulk load (into an empty store) checks against. */
export function nothingStored(): StoredFacts {
  return {
    keys: { law: new Set(), paragraph: new Set(), authority: new Set(), reversalReason: new Set() },
    rulings: new Map(),
    lineagePaths: [],
    successionPaths: [],
  };
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
  reportAgainstStored(await readStoredFacts(executor, state), state, report);
}

/** Reads only what the stream's open references and new edges need. */
export async function readStoredFacts(executor: Neo4jExecutor, state: StreamState): Promise<StoredFacts> {
  const stored = nothingStored();
  for (const [kind, { query }] of Object.entries(KEY_QUERIES) as [KeyKind, (typeof KEY_QUERIES)[KeyKind]][]) {
    for (const keys of chunks([...state.unresolved[kind].keys()])) {
      (await executor.query<{ key: string }>(query, { keys })).forEach((row) => stored.keys[kind].add(row.key));
    }
  }
  const rulingNumbers = new Set([
    ...state.unresolved.ruling.keys(),
    ...state.fullRepeals.map((repeal) => repeal.ruling),
  ]);
  for (const numbers of chunks([...rulingNumbers])) {
    const rows = await executor.query<{ number: string; decidedOn: string; fullyRepealedBy: string[] }>(
      queries['existing-rulings'],
      { numbers },
    );
    rows.forEach((row) => stored.rulings.set(row.number, row));
  }
  stored.lineagePaths = await storedPaths(executor, state.lineageEdges, queries['lineage-paths-between'], 'numbers');
  stored.successionPaths = await storedPaths(
    executor,
    state.successionEdges,
    queries['succession-paths-between'],
    'refs',
  );
  return stored;
}

/** Every problem the stream has once the stored facts are known; no database access. */
export function reportAgainstStored(
  stored: StoredFacts,
  state: StreamState,
  report: (problem: ImportProblem) => void,
): void {
  for (const [kind, { noun }] of Object.entries(KEY_QUERIES) as [KeyKind, (typeof KEY_QUERIES)[KeyKind]][]) {
    for (const [key, occurrences] of state.unresolved[kind]) {
      if (stored.keys[kind].has(key)) continue;
      for (const { line, field } of occurrences) {
        report({
          line,
          field,
          message: `unknown ${noun} ${JSON.stringify(key)}`,
          expected: `a ${noun} defined earlier in the file or already in the database`,
        });
      }
    }
  }
  for (const [number, occurrences] of state.unresolved.ruling) {
    if (stored.rulings.has(number)) continue;
    for (const { line, field } of occurrences) {
      report({
        line,
        field,
        message: `unknown ruling ${JSON.stringify(number)}`,
        expected: 'a ruling defined earlier in the file or already in the database',
      });
    }
  }
  for (const check of state.repealDateChecks) {
    const ruling = stored.rulings.get(check.ruling);
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
    const other = stored.rulings.get(repeal.ruling)?.fullyRepealedBy.find((id) => id !== repeal.consolidation);
    if (other) {
      report({
        line: repeal.line,
        field: repeal.field,
        message: `${repeal.ruling} is already fully repealed by consolidation ${other}`,
        expected: 'a ruling still in force',
      });
    }
  }
  reportCycles(state.lineageEdges, stored.lineagePaths, 'lineage', report);
  reportCycles(state.successionEdges, stored.successionPaths, 'paragraph succession', report);
}

/** Stored paths between the keys the new edges touch: with those, a cycle through old edges shows. */
async function storedPaths(
  executor: Neo4jExecutor,
  edges: Edge[],
  pathsQuery: string,
  parameter: string,
): Promise<{ from: string; to: string }[]> {
  if (edges.length === 0) return [];
  const touched = [...new Set(edges.flatMap((edge) => [edge.from, edge.to]))];
  const paths: { from: string; to: string }[] = [];
  for (const keys of chunks(touched)) {
    paths.push(...(await executor.query<{ from: string; to: string }>(pathsQuery, { [parameter]: keys })));
  }
  return paths;
}

function reportCycles(
  edges: Edge[],
  storedPaths: { from: string; to: string }[],
  what: string,
  report: (problem: ImportProblem) => void,
): void {
  if (edges.length === 0) return;
  const onCycle = nodesOnCycles([
    ...edges.map((edge) => [edge.from, edge.to] as const),
    ...storedPaths.map((path) => [path.from, path.to] as const),
  ]);
  for (const edge of edges) {
    if (onCycle.has(edge.from) && onCycle.has(edge.to)) {
      report({
        line: edge.line,
        field: edge.field,
        message: `${edge.from} -> ${edge.to} would make the ${what} circular`,
        expected: `an acyclic ${what}`,
      });
    }
  }
}
