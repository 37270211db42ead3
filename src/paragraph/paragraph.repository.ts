import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import type { RulingRecord } from '../ruling/ruling.type';
import { paragraphRulingsKey, parseParagraphRulingsKey } from './paragraph-rulings.key';
import type { ParagraphSuccessionRecord } from './paragraph-succession.type';
import type { ParagraphRecord } from './paragraph.type';

const queries = loadQueries('paragraph', ['by-refs', 'successions-of-paragraphs', 'rulings-of-paragraphs'] as const);

/** Batch reads keyed by paragraph ref; results come back in the order of the keys asked. */
export class ParagraphRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async byRefs(refs: readonly string[]): Promise<(ParagraphRecord | null)[]> {
    const rows = await this.executor.query<{ paragraph: ParagraphRecord }>(queries['by-refs'], { refs });
    const found = new Map(rows.map((row) => [row.paragraph.ref, row.paragraph]));
    return refs.map((ref) => found.get(ref) ?? null);
  }

  async successions(refs: readonly string[]): Promise<ParagraphSuccessionRecord[]> {
    const rows = await this.executor.query<{ ref: string } & ParagraphSuccessionRecord>(
      queries['successions-of-paragraphs'],
      { refs },
    );
    const found = new Map(rows.map((row) => [row.ref, row]));
    return refs.map((ref) => found.get(ref) ?? { predecessors: [], successors: [] });
  }

  /** Keys are paragraphRulingsKey(...) strings. */
  async rulings(keys: readonly string[]): Promise<RulingRecord[][]> {
    const rows = await this.executor.query<{
      ref: string;
      asOf: string;
      includeRepealed: boolean;
      rulings: RulingRecord[];
    }>(queries['rulings-of-paragraphs'], { keys: keys.map(parseParagraphRulingsKey) });
    const found = new Map(rows.map((row) => [paragraphRulingsKey(row), row.rulings]));
    return keys.map((key) => found.get(key) ?? []);
  }
}
