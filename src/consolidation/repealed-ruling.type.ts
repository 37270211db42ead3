import { Field, ObjectType } from 'type-graphql';
import { Ruling } from '../ruling/ruling.type';
import { RepealExtent } from './consolidation.type';
import type { RepealedRulingRecord } from './consolidation.repository';

@ObjectType({ description: 'A ruling a consolidation repealed, and how much of it.' })
export class RepealedRuling {
  @Field(() => Ruling, { description: 'The repealed ruling.' })
  ruling: Ruling;

  @Field(() => RepealExtent, { description: 'Whether it was repealed fully or partly.' })
  extent: RepealExtent;

  static from(record: RepealedRulingRecord): RepealedRuling {
    return Object.assign(new RepealedRuling(), { ruling: Ruling.from(record.ruling), extent: record.extent });
  }
}
