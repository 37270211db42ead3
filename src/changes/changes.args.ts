import { IsISO8601, IsOptional, Length } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { PagingArgs } from '../graphql/paging.args';

@ArgsType()
export class ChangesArgs extends PagingArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Only changes recorded (or, for imported data, taking effect) at or after this moment: an ISO 8601 date or date-time, e.g. 2026-11-01 or 2026-11-23T12:00:00Z.',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'since must be an ISO 8601 date or date-time' })
  since?: string | null;

  @Field(() => String, { nullable: true, description: 'Only changes of this ruling (canonical number, e.g. "51-19").' })
  @IsOptional()
  @Length(1, 40)
  ruling?: string | null;
}
