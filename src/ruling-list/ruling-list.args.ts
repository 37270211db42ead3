import { IsInt, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { MAX_PAGE_SIZE } from '../graphql/connection';
import { RulingFilter } from './ruling-filter.input';

@ArgsType()
export class RulingsArgs {
  @Field(() => RulingFilter, { nullable: true, description: 'Which rulings to list (area, law, paragraph, ...); without it, every ruling.' })
  @IsOptional()
  @ValidateNested()
  filter?: RulingFilter | null;

  @Field(() => Int, { nullable: true, description: `Page size, 0 to ${MAX_PAGE_SIZE}; default 20.` })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor (or an edge cursor) of the previous page.' })
  @IsOptional()
  @Length(1, 500)
  after?: string | null;
}

@ArgsType()
export class SearchRulingsArgs extends RulingsArgs {
  @Field({
    description:
      'Words to find in number, title and summary, with Danish stemming ("kompressionsstrømpe" also finds "kompressionsstrømper"). Plain text: quotes, colons and other query syntax are searched for literally.',
  })
  @Length(1, 200)
  text: string;
}
