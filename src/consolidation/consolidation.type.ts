import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../graphql/date-scalar';
import { Node } from '../node/node.interface';
import { toGlobalId } from '../node/global-id';
import { DatePrecision } from '../ruling/ruling.type';

export enum ConsolidationKind {
  MERGE = 'MERGE',
  REWRITE = 'REWRITE',
  REPEAL = 'REPEAL',
}
registerEnumType(ConsolidationKind, {
  name: 'ConsolidationKind',
  description:
    'MERGE gathers several rulings into a new one (sammenskrivning), REWRITE rewrites one (omskrivning), REPEAL repeals with no successor.',
  valuesConfig: {
    MERGE: { description: 'Sammenskrivning: several older rulings gathered into one or more new ones.' },
    REWRITE: { description: 'Omskrivning: one older ruling rewritten as a new one.' },
    REPEAL: { description: 'Ophævelse: older rulings repealed with no successor, e.g. after a change of the law.' },
  },
});

export enum RepealExtent {
  FULL = 'FULL',
  PARTIAL = 'PARTIAL',
}
registerEnumType(RepealExtent, {
  name: 'RepealExtent',
  description: 'Whether a consolidation repeals the whole of a ruling or only part of it.',
  valuesConfig: {
    FULL: { description: 'The whole ruling is repealed: it is no longer a legal source.' },
    PARTIAL: { description: 'Part of the ruling is repealed; the rest still stands.' },
  },
});

/** A Consolidation node as read from Neo4j. */
export interface ConsolidationRecord {
  id: string;
  title: string | null;
  decidedOn: string;
  datePrecision: DatePrecision | null;
  kind: ConsolidationKind;
  containsNewPractice: boolean;
}

@ObjectType({
  implements: Node,
  description:
    'A clean-up of practice: Ankestyrelsen issues zero or more new rulings and repeals older ones, fully or partly.',
})
export class Consolidation implements Node {
  @Field(() => ID, { description: 'Global id for node(id).' })
  get id(): string {
    return toGlobalId('Consolidation', this.consolidationId);
  }

  @Field({ name: 'consolidationId', description: 'The key Ankestyrelsen\'s data uses, e.g. "2019-51".' })
  consolidationId: string;

  @Field(() => String, { nullable: true, description: 'Title of the consolidation, where Ankestyrelsen gives one.' })
  title: string | null;

  @Field(() => ConsolidationKind, { description: 'MERGE, REWRITE or REPEAL.' })
  kind: ConsolidationKind;

  @Field(() => DateScalar, { description: 'The day the consolidation took effect: its repeals count from this day.' })
  decidedOn: string;

  @Field(() => DatePrecision, { description: 'How precise decidedOn is.' })
  datePrecision: DatePrecision;

  @Field({ description: 'False when Ankestyrelsen states the issued rulings only restate earlier practice.' })
  containsNewPractice: boolean;

  static from(record: ConsolidationRecord): Consolidation {
    return Object.assign(new Consolidation(), {
      consolidationId: record.id,
      title: record.title ?? null,
      kind: record.kind,
      decidedOn: record.decidedOn,
      datePrecision: record.datePrecision ?? DatePrecision.DAY,
      containsNewPractice: record.containsNewPractice,
    });
  }
}
