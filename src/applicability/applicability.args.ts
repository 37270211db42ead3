import { IsOptional, Length, Matches } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { DateScalar } from '../graphql/date-scalar';

@ArgsType()
export class ApplicableRulingsArgs {
  @Field({
    description:
      'A paragraph in any accepted form: "BL § 86", "barnets lov §86", "serviceloven § 41", "SEL § 112 stk. 1".',
  })
  @Length(1, 200)
  paragraph: string;

  @Field(() => DateScalar, { nullable: true, description: 'The date to answer for; default today (UTC).' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  asOf?: string | null;
}
