import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import type { ParagraphRecord } from '../paragraph/paragraph.type';
import type { ApplicabilityRecord } from './applicability.type';

const queries = loadQueries('applicability', ['applicable-rulings'] as const);

export type ApplicableRulingsResult =
  | { kind: 'unknown-paragraph' }
  | {
      kind: 'found';
      paragraph: ParagraphRecord;
      /** Whether the paragraph itself was in force on the date. */
      inForce: boolean;
      /** Refs of later and earlier numberings of it that were in force on the date. */
      successorsInForce: string[];
      predecessorsInForce: string[];
      applicable: ApplicabilityRecord[];
    };

export class ApplicabilityRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** One statement: the paragraph, its validity on the date, and the rulings that apply. */
  async applicableRulings(ref: string, asOf: string): Promise<ApplicableRulingsResult> {
    const [row] = await this.executor.query<Omit<Extract<ApplicableRulingsResult, { kind: 'found' }>, 'kind'>>(
      queries['applicable-rulings'],
      { ref, asOf },
    );
    return row ? { kind: 'found', ...row } : { kind: 'unknown-paragraph' };
  }
}
