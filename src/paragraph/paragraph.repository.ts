import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import type { ParagraphRecord } from './paragraph.type';

const queries = loadQueries('paragraph', ['by-refs'] as const);

export class ParagraphRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async byRefs(refs: readonly string[]): Promise<(ParagraphRecord | null)[]> {
    const rows = await this.executor.query<{ paragraph: ParagraphRecord }>(queries['by-refs'], { refs });
    const found = new Map(rows.map((row) => [row.paragraph.ref, row.paragraph]));
    return refs.map((ref) => found.get(ref) ?? null);
  }
}
