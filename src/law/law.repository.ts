import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import type { LawRecord } from './law.type';

const queries = loadQueries('law', ['by-ids'] as const);

export class LawRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async byIds(ids: readonly string[]): Promise<(LawRecord | null)[]> {
    const rows = await this.executor.query<{ law: LawRecord }>(queries['by-ids'], { ids });
    const found = new Map(rows.map((row) => [row.law.id, row.law]));
    return ids.map((id) => found.get(id) ?? null);
  }
}
