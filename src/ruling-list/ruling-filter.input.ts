import { ArrayMaxSize, ArrayNotEmpty, IsBoolean, IsEnum, IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../graphql/date-scalar';
import { AREA_LIST, IsArea } from '../area/area-vocabulary';
import { RulingStatusKind } from '../lineage/ruling-status.type';

// The Date scalar has already refused anything else; this keeps the class honest on its own.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'Narrows rulings() and searchRulings(). Every criterion given must hold (AND).' })
export class RulingFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'A law by code or name ("SEL", "serviceloven", "barnets lov"): rulings interpreting any of its paragraphs.',
  })
  @IsOptional()
  @Length(1, 120)
  law?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A paragraph in any accepted form ("SEL § 41", "barnets lov §86"): rulings interpreting it. A well-formed paragraph the graph does not hold matches nothing.',
  })
  @IsOptional()
  @Length(1, 200)
  paragraph?: string | null;

  @Field({
    defaultValue: false,
    description:
      'With paragraph: also rulings made under the paragraphs it succeeded, transitively (BL § 86 also gives rulings under SEL § 41).',
  })
  @IsBoolean()
  includePredecessors: boolean = false;

  @Field(() => String, { nullable: true, description: `Area of law, one of: ${AREA_LIST}.` })
  @IsOptional()
  @IsArea()
  area?: string | null;

  @Field(() => [RulingStatusKind], {
    nullable: true,
    description:
      'Only rulings with one of these statuses on asOf (e.g. [IN_FORCE, PARTIALLY_REPEALED] for the rulings that still apply).',
  })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayMaxSize(4)
  @IsEnum(RulingStatusKind, { each: true })
  status?: RulingStatusKind[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The date status refers to; default today (UTC). Used only with status.',
  })
  @IsOptional()
  @Matches(ISO_DATE)
  asOf?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only rulings decided on or after this date.' })
  @IsOptional()
  @Matches(ISO_DATE)
  decidedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only rulings decided on or before this date.' })
  @IsOptional()
  @Matches(ISO_DATE)
  decidedTo?: string | null;
}
