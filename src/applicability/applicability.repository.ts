import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import { selectedProjection } from '../graphql/planner/selected-properties';
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

/** The properties of each applicable ruling and of its via paragraph to return (selected-properties.ts). */
export interface ApplicabilityProjection {
  ruling: string;
  via: string;
}

const statements = new Map<string, string>();
function statementFor(projection: ApplicabilityProjection): string {
  const id = `${projection.ruling}|${projection.via}`;
  let statement = statements.get(id);
  if (statement === undefined) {
    statement = queries['applicable-rulings']
      .replace('{{rulingProperties}}', projection.ruling)
      .replace('{{viaProperties}}', projection.via);
    statements.set(id, statement);
  }
  return statement;
}

export class ApplicabilityRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** One statement: the paragraph, its validity on the date, and the rulings that apply. */
  async applicableRulings(
    ref: string,
    asOf: string,
    projection: ApplicabilityProjection = {
      ruling: selectedProjection('ruling', null),
      via: selectedProjection('paragraph', null),
    },
  ): Promise<ApplicableRulingsResult> {
    const [row] = await this.executor.query<Omit<Extract<ApplicableRulingsResult, { kind: 'found' }>, 'kind'>>(
      statementFor(projection),
      { ref, asOf },
    );
    return row ? { kind: 'found', ...row } : { kind: 'unknown-paragraph' };
  }
}
