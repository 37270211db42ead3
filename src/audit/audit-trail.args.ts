import { IsISO8601, IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { MAX_PAGE_SIZE } from '../graphql/connection';

@ArgsType()
export class AuditTrailArgs {
  @Field(() => String, { nullable: true, description: 'Only writes by this token subject.' })
  @IsOptional()
  @Length(1, 200)
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this mutation, e.g. "recordConsolidation".' })
  @IsOptional()
  @Length(1, 100)
  operation?: string | null;

  @Field(() => String, { nullable: true, description: 'Only writes that touched this key (a ruling number, consolidation id, paragraph ref or case id, canonical).' })
  @IsOptional()
  @Length(1, 200)
  key?: string | null;

  @Field(() => String, { nullable: true, description: 'Only writes at or after this moment: an ISO 8601 date or date-time, e.g. 2026-11-01 or 2026-11-23T12:00:00Z.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'since must be an ISO 8601 date or date-time' })
  since?: string | null;

  @Field(() => Int, { nullable: true, description: 'Entries per page, 0 to 100; default 20.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @Length(1, 500)
  after?: string | null;
}
