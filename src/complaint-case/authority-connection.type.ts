import { Field, ObjectType } from 'type-graphql';
import { PageInfo } from '../graphql/connection';
import { Authority } from './authority.type';

@ObjectType({ description: 'An authority on a page, with the cursor to page on from it.' })
export class AuthorityEdge {
  @Field({ description: 'Opaque position of this authority; pass as after (or before).' })
  cursor: string;

  @Field(() => Authority, { description: 'The authority.' })
  node: Authority;
}

@ObjectType({ description: 'A Relay page of authorities, by name (ties by code).' })
export class AuthorityConnection {
  @Field(() => [AuthorityEdge], { description: 'The authorities of this page.' })
  edges: AuthorityEdge[];

  @Field(() => PageInfo, { description: 'Cursors and whether there is more either way.' })
  pageInfo: PageInfo;
}
