import neo4j from 'neo4j-driver';
import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import type { RulingRecord } from '../ruling/ruling.type';
import { lineageKey, parseLineageKey } from './lineage.key';
import type { LineageRecord, LineageStepRecord } from './lineage.type';
import { parseRulingStatusKey, rulingStatusKey } from './ruling-status.key';
import type { RulingStatusRecord } from './ruling-status.type';

const queries = loadQueries('lineage', [
  'status-of-rulings',
  'replaces-of-rulings',
  'replaced-by-of-rulings',
  'lineage-of-rulings',
  'cites-of-rulings',
  'cited-by-of-rulings',
] as const);

type StepRow = LineageStepRecord & { number: string; maxDepth: number };

/** Batch reads of lineage and legal status; results come back in the order of the keys asked. */
export class LineageRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** Keys are rulingStatusKey(number, asOf); null for a ruling the graph does not hold. */
  async statuses(keys: readonly string[]): Promise<(RulingStatusRecord | null)[]> {
    const rows = await this.executor.query<{ value: Omit<RulingStatusRecord, 'lawChanged'> }>(
      queries['status-of-rulings'],
      { keys: keys.map(parseRulingStatusKey) },
    );
    const found = new Map(
      rows.map(({ value }) => [
        rulingStatusKey(value.number, value.asOf),
        { ...value, lawChanged: value.changedParagraphs.length > 0 },
      ]),
    );
    return keys.map((key) => found.get(key) ?? null);
  }

  /** Keys are lineageKey(number, maxDepth): the older rulings each one replaces, transitively. */
  replaces(keys: readonly string[]): Promise<LineageStepRecord[][]> {
    return this.steps(queries['replaces-of-rulings'], keys);
  }

  /** Keys are lineageKey(number, maxDepth): the newer rulings that replace each one, transitively. */
  replacedBy(keys: readonly string[]): Promise<LineageStepRecord[][]> {
    return this.steps(queries['replaced-by-of-rulings'], keys);
  }

  /** Keys are lineageKey(number, maxDepth); null for a ruling the graph does not hold. */
  async lineages(keys: readonly string[]): Promise<(LineageRecord | null)[]> {
    const rows = await this.executor.query<LineageRecord & { number: string; maxDepth: number }>(
      queries['lineage-of-rulings'],
      {
        keys: keys.map(lineageParams),
      },
    );
    const found = new Map(
      rows.map((row) => [lineageKey(row.number, row.maxDepth), { nodes: row.nodes, edges: row.edges }]),
    );
    return keys.map((key) => found.get(key) ?? null);
  }

  cites(numbers: readonly string[]): Promise<RulingRecord[][]> {
    return this.rulingLists(queries['cites-of-rulings'], numbers);
  }

  citedBy(numbers: readonly string[]): Promise<RulingRecord[][]> {
    return this.rulingLists(queries['cited-by-of-rulings'], numbers);
  }

  private async steps(cypher: string, keys: readonly string[]): Promise<LineageStepRecord[][]> {
    const rows = await this.executor.query<StepRow>(cypher, { keys: keys.map(lineageParams) });
    // Rows come sorted by depth, date and number; grouping keeps that order within each key.
    const byKey = new Map<string, LineageStepRecord[]>();
    for (const { number, maxDepth, ...step } of rows) {
      const key = lineageKey(number, maxDepth);
      byKey.set(key, [...(byKey.get(key) ?? []), step]);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  }

  private async rulingLists(cypher: string, numbers: readonly string[]): Promise<RulingRecord[][]> {
    const rows = await this.executor.query<{ number: string; rulings: RulingRecord[] }>(cypher, { numbers });
    const found = new Map(rows.map((row) => [row.number, row.rulings]));
    return numbers.map((number) => found.get(number) ?? []);
  }
}

/** maxDepth goes as a Cypher integer, so it comes back unchanged and compares exactly. */
function lineageParams(key: string): { number: string; maxDepth: unknown } {
  const { number, maxDepth } = parseLineageKey(key);
  return { number, maxDepth: neo4j.int(maxDepth) };
}
