import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsOptional,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../graphql/date-scalar';
import { AREA_LIST, IsArea } from '../area/area-vocabulary';
import { DatePrecision } from '../ruling/ruling.type';

// Partial update: a field left out keeps its value. Optional values (summary, eli, cites,
// datePrecision) are cleared with null; required ones refuse null, which the ValidateIf lets the
// validators below see (IsOptional would wave null through).
const given = (_object: object, value: unknown) => value !== undefined;

@InputType({
  description: 'Changes to a ruling, found by number. Fields left out keep their value; null clears an optional one.',
})
export class UpdateRulingInput {
  @Field({ description: 'The ruling to change (its key; a number cannot be changed).' })
  @Length(1, 40)
  number: string;

  @Field(() => String, {
    nullable: true,
    description: 'A new title, 1 to 500 characters; absent keeps the current one.',
  })
  @ValidateIf(given)
  @Length(1, 500)
  title?: string;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @Length(1, 5000)
  summary?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Not after the date of a consolidation that repeals the ruling.',
  })
  @ValidateIf(given)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'decidedOn must be a date, not null' })
  decidedOn?: string;

  @Field(() => DatePrecision, { nullable: true, description: 'null resets it to DAY.' })
  @IsOptional()
  @IsEnum(DatePrecision)
  datePrecision?: DatePrecision | null;

  @Field(() => String, { nullable: true, description: `Area of law: ${AREA_LIST}.` })
  @ValidateIf(given)
  @IsArea()
  area?: string;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @MaxLength(300)
  @Matches(/^https?:\/\//, { message: 'eli must be an http(s) URL' })
  eli?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Replaces the list of paragraphs it interprets; at least one.',
  })
  @ValidateIf(given)
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Length(1, 200, { each: true })
  paragraphs?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Replaces the list of rulings it cites; null or [] clears it.',
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @Length(1, 40, { each: true })
  cites?: string[] | null;
}
