import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../graphql/connection';
import { ComplaintCase } from './complaint-case.type';

@ObjectType({ description: 'A complaint case on a page, with the cursor to page on from it.' })
export class ComplaintCaseEdge {
  @Field()
  cursor: string;

  @Field(() => ComplaintCase)
  node: ComplaintCase;
}

@ObjectType({ description: 'A Relay page of complaint cases, newest decision first (ties by case id).' })
export class ComplaintCaseConnection {
  @Field(() => [ComplaintCaseEdge])
  edges: ComplaintCaseEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'All cases in the connection, on every page.' })
  totalCount: number;
}
