import { IsISO8601, IsOptional, Length } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { PagingArgs } from '../graphql/paging.args';

@ArgsType()
export class AuditTrailArgs extends PagingArgs {
  @Field(() => String, { nullable: true, description: 'Only writes by this token subject.' })
  @IsOptional()
  @Length(1, 200)
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this mutation, e.g. "recordConsolidation".' })
  @IsOptional()
  @Length(1, 100)
  operation?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only writes that touched this key (a ruling number, consolidation id, paragraph ref or case id, canonical).',
  })
  @IsOptional()
  @Length(1, 200)
  key?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only writes at or after this moment: an ISO 8601 date or date-time, e.g. 2026-11-01 or 2026-11-23T12:00:00Z.',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'since must be an ISO 8601 date or date-time' })
  since?: string | null;
}
