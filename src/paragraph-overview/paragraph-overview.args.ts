import { IsOptional, Length, Matches } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { DateScalar } from '../graphql/date-scalar';

@ArgsType()
export class ParagraphOverviewArgs {
  @Field(() => ID, { description: 'The law: its code ("SEL"), a name ("serviceloven", "barnets lov") or its Law id.' })
  @Length(1, 120)
  law: string;

  @Field(() => DateScalar, { nullable: true, description: 'The date to answer for; default today (UTC).' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  asOf?: string | null;
}
