import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import { parseRulingStatusKey, rulingStatusKey } from './ruling-status.key';
import type { RulingStatusRecord } from './ruling-status.type';

const queries = loadQueries('lineage', ['status-of-rulings'] as const);

/** Batch reads of lineage and legal status; results come back in the order of the keys asked. */
export class LineageRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** Keys are rulingStatusKey(number, asOf); null for a ruling the graph does not hold. */
  async statuses(keys: readonly string[]): Promise<(RulingStatusRecord | null)[]> {
    const rows = await this.executor.query<Omit<RulingStatusRecord, 'lawChanged'>>(queries['status-of-rulings'], {
      keys: keys.map(parseRulingStatusKey),
    });
    const found = new Map(
      rows.map((row) => [rulingStatusKey(row.number, row.asOf), { ...row, lawChanged: row.changedParagraphs.length > 0 }]),
    );
    return keys.map((key) => found.get(key) ?? null);
  }
}
