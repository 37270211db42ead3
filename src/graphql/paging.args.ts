import { IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection';

const range = `0 to ${MAX_PAGE_SIZE}`;

/** Relay paging arguments of every connection: first/after forward, last/before backward. */
@ArgsType()
export class PagingArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size reading forward, ${range}; default ${DEFAULT_PAGE_SIZE}.`,
  })
  @IsOptional()
  @IsInt({ message: 'first must be a whole number' })
  @Min(0, { message: `first must be from ${range}` })
  @Max(MAX_PAGE_SIZE, { message: `first must be from ${range}` })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Read forward from after this cursor: the endCursor (or an edge cursor) of a page.',
  })
  @IsOptional()
  @Length(1, 500, { message: 'after must be a cursor from a previous page' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Page size reading backward (the last rows before \`before\`, or of the whole list), ${range}; not together with first.`,
  })
  @IsOptional()
  @IsInt({ message: 'last must be a whole number' })
  @Min(0, { message: `last must be from ${range}` })
  @Max(MAX_PAGE_SIZE, { message: `last must be from ${range}` })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Read backward from before this cursor: the startCursor (or an edge cursor) of a page; not together with after.',
  })
  @IsOptional()
  @Length(1, 500, { message: 'before must be a cursor from a previous page' })
  before?: string | null;
}
