import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import type { RepealRecord } from '../lineage/ruling-status.type';
import type { RulingRecord } from '../ruling/ruling.type';
import type { ConsolidationRecord, RepealExtent } from './consolidation.type';

const queries = loadQueries('consolidation', [
  'by-ids',
  'issued-by-consolidations',
  'repeals-of-consolidations',
  'repeals-of-rulings',
  'issuers-of-rulings',
] as const);

export interface RepealedRulingRecord {
  ruling: RulingRecord;
  extent: RepealExtent;
}

/** Batch reads keyed by consolidation id or ruling number, answered in the order of the keys. */
export class ConsolidationRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async byIds(ids: readonly string[]): Promise<(ConsolidationRecord | null)[]> {
    const rows = await this.executor.query<{ consolidation: ConsolidationRecord }>(queries['by-ids'], { ids });
    const found = new Map(rows.map((row) => [row.consolidation.id, row.consolidation]));
    return ids.map((id) => found.get(id) ?? null);
  }

  async issuedBy(ids: readonly string[]): Promise<RulingRecord[][]> {
    const rows = await this.executor.query<{ id: string; rulings: RulingRecord[] }>(
      queries['issued-by-consolidations'],
      { ids },
    );
    const found = new Map(rows.map((row) => [row.id, row.rulings]));
    return ids.map((id) => found.get(id) ?? []);
  }

  async repealsOf(ids: readonly string[]): Promise<RepealedRulingRecord[][]> {
    const rows = await this.executor.query<{ id: string; repeals: RepealedRulingRecord[] }>(
      queries['repeals-of-consolidations'],
      { ids },
    );
    const found = new Map(rows.map((row) => [row.id, row.repeals]));
    return ids.map((id) => found.get(id) ?? []);
  }

  async repealsOfRulings(numbers: readonly string[]): Promise<RepealRecord[][]> {
    const rows = await this.executor.query<{ number: string; repeals: RepealRecord[] }>(queries['repeals-of-rulings'], {
      numbers,
    });
    const found = new Map(rows.map((row) => [row.number, row.repeals]));
    return numbers.map((number) => found.get(number) ?? []);
  }

  /** The consolidation that issued each ruling; null for rulings issued on their own. */
  async issuersOf(numbers: readonly string[]): Promise<(ConsolidationRecord | null)[]> {
    const rows = await this.executor.query<{ number: string; consolidation: ConsolidationRecord }>(
      queries['issuers-of-rulings'],
      { numbers },
    );
    // The import format lets only one consolidation issue a ruling in practice; should two, the
    // rows come oldest first and the first one is kept.
    const found = new Map<string, ConsolidationRecord>();
    for (const row of rows) if (!found.has(row.number)) found.set(row.number, row.consolidation);
    return numbers.map((number) => found.get(number) ?? null);
  }
}
