import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../graphql/date-scalar';
import { Node } from '../node/node.interface';
import { toGlobalId } from '../node/global-id';

export enum DatePrecision {
  DAY = 'DAY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How much of a date the source states: a month-only date is stored as its first day with MONTH.',
  valuesConfig: {
    DAY: { description: 'The source states the exact day.' },
    MONTH: { description: "Only the month is known; the date is stored as the month's first day." },
    YEAR: { description: 'Only the year is known; the date is stored as 1 January of it.' },
  },
});

export interface RulingRecord {
  number: string;
  title: string;
  summary: string | null;
  decidedOn: string;
  datePrecision: DatePrecision | null;
  area: string;
  eli: string | null;
}

@ObjectType({ implements: Node, description: 'A principle ruling (principafgørelse) of Ankestyrelsen.' })
export class Ruling implements Node {
  @Field(() => ID, { description: 'Global id for node(id).' })
  get id(): string {
    return toGlobalId('Ruling', this.number);
  }

  @Field({ description: 'Canonical number: NN-YY (e.g. 51-19) or the older L-NN-YY (e.g. C-16-99).' })
  number: string;

  @Field({ description: "The ruling's title as Ankestyrelsen publishes it." })
  title: string;

  @Field(() => String, { nullable: true, description: "Ankestyrelsen's summary of the ruling, where there is one." })
  summary: string | null;

  @Field(() => DateScalar, { description: 'The day of the ruling (see datePrecision for how much of it is known).' })
  decidedOn: string;

  @Field(() => DatePrecision, { description: 'How precise decidedOn is.' })
  datePrecision: DatePrecision;

  @Field({ description: 'Area of law, e.g. children, disability, work-injury.' })
  area: string;

  @Field(() => String, { nullable: true, description: 'European Legislation Identifier (URL at retsinformation.dk).' })
  eli: string | null;

  static from(record: RulingRecord): Ruling {
    return Object.assign(new Ruling(), {
      ...record,
      summary: record.summary ?? null,
      eli: record.eli ?? null,
      datePrecision: record.datePrecision ?? DatePrecision.DAY,
    });
  }
}
