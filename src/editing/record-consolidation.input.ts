import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ConsolidationKind, RepealExtent } from '../consolidation/consolidation.type';
import { DateScalar } from '../graphql/date-scalar';
import { DatePrecision } from '../ruling/ruling.type';
import { NewRulingInput } from './ruling-fields.input';

@InputType({ description: 'One ruling a consolidation repeals.' })
export class RepealInput {
  @Field({ description: 'Number of the repealed ruling; it must exist and be decided on or before the consolidation.' })
  @Length(1, 40)
  ruling: string;

  @Field(() => RepealExtent, { description: 'FULL or PARTIAL.' })
  @IsEnum(RepealExtent)
  extent: RepealExtent;
}

@InputType({
  description:
    'A consolidation with the rulings it issues and repeals, written in one transaction: references must resolve, it may not be dated before a ruling it repeals, a ruling is fully repealed at most once, and lineage stays acyclic.',
})
export class RecordConsolidationInput {
  @Field({ description: 'The consolidation\'s id, e.g. "2019-51"; must be new.' })
  @Length(1, 60)
  @Matches(/^[A-Za-z0-9._-]+$/, { message: 'id may hold only letters, digits, ".", "_" and "-"' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Title of the consolidation; null or absent for none.' })
  @IsOptional()
  @Length(1, 500)
  title?: string | null;

  @Field(() => DateScalar, { description: 'The day it took effect; not in the future.' })
  decidedOn: string;

  @Field(() => DatePrecision, { nullable: true, description: 'How precise decidedOn is; DAY when absent.' })
  @IsOptional()
  @IsEnum(DatePrecision)
  datePrecision?: DatePrecision | null;

  @Field(() => ConsolidationKind, { description: 'MERGE and REWRITE issue at least one ruling, REPEAL none.' })
  @IsEnum(ConsolidationKind)
  kind: ConsolidationKind;

  @Field({ description: 'False when Ankestyrelsen states that the issued rulings only restate earlier practice.' })
  @IsBoolean()
  containsNewPractice: boolean;

  @Field(() => [NewRulingInput], {
    nullable: true,
    description: 'New rulings to create and issue with it, in the same transaction.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  newRulings?: NewRulingInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Numbers of rulings already in the graph that it issues.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @Length(1, 40, { each: true })
  issued?: string[] | null;

  @Field(() => [RepealInput], { description: 'The rulings it repeals; at least one.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  repeals: RepealInput[];
}
