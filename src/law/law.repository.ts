import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import type { ParagraphRecord } from '../paragraph/paragraph.type';
import type { LawRecord } from './law.type';

const queries = loadQueries('law', ['by-ids', 'all', 'paragraphs-of-laws'] as const);

export class LawRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async byIds(ids: readonly string[]): Promise<(LawRecord | null)[]> {
    const rows = await this.executor.query<{ law: LawRecord }>(queries['by-ids'], { ids });
    const found = new Map(rows.map((row) => [row.law.id, row.law]));
    return ids.map((id) => found.get(id) ?? null);
  }

  /** Every law, by code. */
  async all(): Promise<LawRecord[]> {
    return (await this.executor.query<{ law: LawRecord }>(queries.all)).map((row) => row.law);
  }

  /** The paragraphs of each law, in paragraph order; [] for a law without any. */
  async paragraphsOf(ids: readonly string[]): Promise<ParagraphRecord[][]> {
    const rows = await this.executor.query<{ id: string; paragraphs: ParagraphRecord[] }>(
      queries['paragraphs-of-laws'],
      { ids },
    );
    const found = new Map(rows.map((row) => [row.id, row.paragraphs]));
    return ids.map((id) => found.get(id) ?? []);
  }
}
