import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../graphql/connection';
import { ComplaintCase } from './complaint-case.type';

@ObjectType({ description: 'A complaint case on a page, with the cursor to page on from it.' })
export class ComplaintCaseEdge {
  @Field({ description: 'Opaque position of this case; pass as after to continue after it.' })
  cursor: string;

  @Field(() => ComplaintCase, { description: 'The complaint case.' })
  node: ComplaintCase;
}

@ObjectType({ description: 'A Relay page of complaint cases, newest decision first (ties by case id).' })
export class ComplaintCaseConnection {
  @Field(() => [ComplaintCaseEdge], { description: "The cases of this page, in the connection's order." })
  edges: ComplaintCaseEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursors to ask for them.' })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'All cases in the connection, on every page.' })
  totalCount: number;
}
