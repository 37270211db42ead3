import { IsEnum, IsOptional, Length, ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { PagingArgs } from '../graphql/paging.args';
import { RulingFilter } from './ruling-filter.input';
import { RulingOrder, RulingSearchOrder } from './ruling-order';

@ArgsType()
class RulingListArgs extends PagingArgs {
  @Field(() => RulingFilter, {
    nullable: true,
    description: 'Criteria every ruling listed must meet; none: all rulings.',
  })
  @IsOptional()
  @ValidateNested()
  filter?: RulingFilter | null;
}

@ArgsType()
export class RulingsArgs extends RulingListArgs {
  @Field(() => RulingOrder, {
    nullable: true,
    description: 'The order; default decision date, newest first (DECIDED_ON DESC).',
  })
  @IsOptional()
  @ValidateNested()
  orderBy?: RulingOrder | null;
}

@ArgsType()
export class SearchRulingsArgs extends RulingListArgs {
  @Field({
    description:
      'Words to find in number, title, summary (and full text where the ruling has one), with Danish stemming ("kompressionsstrømpe" also finds "kompressionsstrømper"). Plain text: quotes, colons and other query syntax are searched for literally.',
  })
  @Length(1, 200)
  text: string;

  @Field(() => RulingSearchOrder, {
    defaultValue: RulingSearchOrder.RELEVANCE,
    description: 'The order of hits; default RELEVANCE.',
  })
  @IsEnum(RulingSearchOrder)
  orderBy: RulingSearchOrder = RulingSearchOrder.RELEVANCE;
}
