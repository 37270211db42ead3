import { IsEnum, IsOptional } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { PagingArgs } from '../graphql/paging.args';
import { AuthorityKind } from './authority.type';

@ArgsType()
export class AuthoritiesArgs extends PagingArgs {
  @Field(() => AuthorityKind, {
    nullable: true,
    description: 'Only authorities of this kind, e.g. MUNICIPALITY for the 98 municipalities.',
  })
  @IsOptional()
  @IsEnum(AuthorityKind)
  kind?: AuthorityKind | null;
}
