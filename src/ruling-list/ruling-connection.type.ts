import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../graphql/connection';
import { Ruling } from '../ruling/ruling.type';
import type { RulingCountQuery } from './ruling-list.repository';

@ObjectType({ description: 'One ruling of a RulingConnection page.' })
export class RulingEdge {
  @Field({ description: 'Opaque position of this ruling; pass as after to continue after it.' })
  cursor: string;

  @Field(() => Ruling, { description: 'The ruling.' })
  node: Ruling;

  @Field(() => Float, { nullable: true, description: 'Relevance in searchRulings (higher is better); null in rulings.' })
  score: number | null;
}

@ObjectType({
  description:
    'A page of rulings (Relay connection). Cursors are keyset positions, not offsets: rulings added or removed between two page requests never make a page repeat or skip a ruling already seen.',
})
export class RulingConnection {
  @Field(() => [RulingEdge], { description: 'The rulings of this page, each with its cursor.' })
  edges: RulingEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursors to ask for them.' })
  pageInfo: PageInfo;

  // Not a field: what totalCount needs, so it is counted only when a client asks for it.
  countQuery: RulingCountQuery;

  // Declared for the schema; resolved by RulingListResolver.totalCount.
  @Field(() => Int, { description: 'How many rulings match in all (every page), counted only when asked for.' })
  totalCount: number;

  static of(page: { edges: RulingEdge[]; pageInfo: PageInfo }, countQuery: RulingCountQuery): RulingConnection {
    return Object.assign(new RulingConnection(), { ...page, countQuery });
  }
}
