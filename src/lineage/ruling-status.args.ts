import { IsOptional, Matches } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { DateScalar } from '../graphql/date-scalar';

@ArgsType()
export class RulingStatusArgs {
  // The Date scalar has already checked the calendar date; this guards the shape the status
  // query compares as a string.
  @Field(() => DateScalar, { nullable: true, description: 'The date to judge on, YYYY-MM-DD; default today (UTC).' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be a date as YYYY-MM-DD' })
  asOf?: string | null;
}
