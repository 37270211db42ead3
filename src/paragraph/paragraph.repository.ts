import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import { inKeyOrder } from '../graphql/loader-options';
import type { RulingRecord } from '../ruling/ruling.type';
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
    const rows = await this.executor.query<{ i: number; value: ParagraphSuccessionRecord }>(
      queries['successions-of-paragraphs'],
      { refs },
    );
    return inKeyOrder(rows, refs.length, () => ({ predecessors: [], successors: [] }));
  }

  async rulings(keys: readonly ParagraphRulingsKey[]): Promise<RulingRecord[][]> {
    const rows = await this.executor.query<{ i: number; value: RulingRecord[] }>(queries['rulings-of-paragraphs'], {
      keys,
    });
    return inKeyOrder(rows, keys.length, () => []);
  }
}

/** A paragraph's own rulings are asked for a date, with or without those repealed by then. */
export interface ParagraphRulingsKey {
  ref: string;
  asOf: string;
  includeRepealed: boolean;
}
