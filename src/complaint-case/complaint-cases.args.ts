import { IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../graphql/connection';

@ArgsType()
export class ComplaintCasesArgs {
  @Field(() => Int, { nullable: true, description: `Cases per page, 0 to ${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}.` })
  @IsOptional()
  @IsInt({ message: 'first must be a whole number' })
  @Min(0, { message: `first must be from 0 to ${MAX_PAGE_SIZE}` })
  @Max(MAX_PAGE_SIZE, { message: `first must be from 0 to ${MAX_PAGE_SIZE}` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @Length(1, 500, { message: 'after must be a cursor from a previous page' })
  after?: string | null;
}
