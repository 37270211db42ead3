import { IsBoolean, IsOptional, Matches } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { DateScalar } from '../graphql/date-scalar';

@ArgsType()
export class ParagraphRulingsArgs {
  @Field(() => DateScalar, { nullable: true, description: 'The date to answer for; default today (UTC).' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  asOf?: string | null;

  @Field({ defaultValue: false, description: 'Also rulings REPEALED by asOf (never those not yet issued then).' })
  @IsBoolean()
  includeRepealed: boolean = false;
}
