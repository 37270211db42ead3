import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import { inKeyOrder } from '../graphql/loader-options';
import type { ParagraphRecord } from '../paragraph/paragraph.type';
import type { RulingRecord } from './ruling.type';

const queries = loadQueries('ruling', ['by-numbers', 'paragraphs-of-rulings'] as const);

/** Batch reads keyed by ruling number; results come back in the order of the keys asked. */
export class RulingRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async byNumbers(numbers: readonly string[]): Promise<(RulingRecord | null)[]> {
    const rows = await this.executor.query<{ ruling: RulingRecord }>(queries['by-numbers'], { numbers });
    const found = new Map(rows.map((row) => [row.ruling.number, row.ruling]));
    return numbers.map((number) => found.get(number) ?? null);
  }

  async paragraphsOf(numbers: readonly string[]): Promise<ParagraphRecord[][]> {
    const rows = await this.executor.query<{ i: number; value: ParagraphRecord[] }>(queries['paragraphs-of-rulings'], {
      numbers,
    });
    return inKeyOrder(rows, numbers.length, () => []);
  }
}
