import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../graphql/date-scalar';
import { AREA_LIST, IsArea } from '../area/area-vocabulary';
import { DatePrecision } from '../ruling/ruling.type';

// Limits mirror the import contract (src/importer/import-schema.ts), so an input class-validator
// accepts is only refused by the importer's checks for what needs the graph or the record whole.

/** A new ruling: for createRuling, and for the rulings a consolidation issues. */
@InputType({ description: 'A new principle ruling.' })
export class NewRulingInput {
  @Field({ description: 'Ruling number, "51-19" or "C-16-99" ("SM C-16-99" is normalised).' })
  @Length(1, 40)
  number: string;

  @Field({ description: "The ruling's title, 1 to 500 characters." })
  @Length(1, 500)
  title: string;

  @Field(() => String, { nullable: true, description: 'A summary of the ruling; null or absent for none.' })
  @IsOptional()
  @Length(1, 5000)
  summary?: string | null;

  @Field(() => DateScalar, { description: 'Date of decision; not in the future.' })
  decidedOn: string;

  @Field(() => DatePrecision, { nullable: true, description: 'DAY when left out.' })
  @IsOptional()
  @IsEnum(DatePrecision)
  datePrecision?: DatePrecision | null;

  @Field({ description: `Area of law: ${AREA_LIST}.` })
  @IsArea()
  area: string;

  @Field(() => String, { nullable: true, description: 'European Legislation Identifier URL.' })
  @IsOptional()
  @MaxLength(300)
  @Matches(/^https?:\/\//, { message: 'eli must be an http(s) URL' })
  eli?: string | null;

  @Field(() => [String], { description: 'Refs of the paragraphs it interprets, e.g. "SEL § 41"; at least one.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Length(1, 200, { each: true })
  paragraphs: string[];

  @Field(() => [String], { nullable: true, description: 'Numbers of earlier rulings it relies on.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @Length(1, 40, { each: true })
  cites?: string[] | null;
}
