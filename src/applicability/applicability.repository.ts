import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import { propertyValues, recordFrom, selectedProperties } from '../graphql/planner/selected-properties';
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
  ruling: readonly string[];
  via: readonly string[];
}

const statements = new Map<string, string>();
function statementFor(projection: ApplicabilityProjection): string {
  const id = `${projection.ruling.join()}|${projection.via.join()}`;
  let statement = statements.get(id);
  if (statement === undefined) {
    statement = queries['applicable-rulings']
      .replace('{{rulingValues}}', propertyValues('r', projection.ruling))
      .replace('{{viaValues}}', propertyValues('via', projection.via));
    statements.set(id, statement);
  }
  return statement;
}

/** One applicability from its list: the ruling's values, the via paragraph's, status, direct. */
function applicabilityFrom(values: unknown[], projection: ApplicabilityProjection): ApplicabilityRecord {
  const after = projection.ruling.length + projection.via.length;
  return {
    ruling: recordFrom(projection.ruling, values, 0),
    via: recordFrom(projection.via, values, projection.ruling.length),
    status: values[after] as ApplicabilityRecord['status'],
    direct: values[after + 1] as boolean,
  };
}

export class ApplicabilityRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** One statement: the paragraph, its validity on the date, and the rulings that apply. */
  async applicableRulings(
    ref: string,
    asOf: string,
    projection: ApplicabilityProjection = {
      ruling: selectedProperties('ruling', null),
      via: selectedProperties('paragraph', null),
    },
  ): Promise<ApplicableRulingsResult> {
    type Row = Omit<Extract<ApplicableRulingsResult, { kind: 'found' }>, 'kind' | 'applicable'> & {
      applicable: unknown[][];
    };
    const [row] = await this.executor.query<Row>(statementFor(projection), { ref, asOf });
    if (!row) return { kind: 'unknown-paragraph' };
    return {
      kind: 'found',
      ...row,
      applicable: row.applicable.map((values) => applicabilityFrom(values, projection)),
    };
  }
}
