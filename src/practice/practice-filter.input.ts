import { IsBoolean, IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../graphql/date-scalar';
import { AREA_LIST, IsArea } from '../area/area-vocabulary';

/**
 * Every field is optional: no filter at all is the national picture. Fields combine with AND.
 * Paragraph.practice takes this one (its paragraph is the field's parent); Query.practice takes
 * PracticeFilter, which adds the paragraph.
 */
@InputType({ description: 'Which complaint cases to count; every field is optional and they combine with AND.' })
export class ParagraphPracticeFilter {
  @Field({
    nullable: true,
    defaultValue: true,
    description:
      'With a paragraph: also count cases under the paragraphs it succeeded (SUCCEEDED_BY, transitively), e.g. SEL § 41 for BL § 86.',
  })
  @IsOptional()
  @IsBoolean({ message: 'includePredecessors must be true or false' })
  includePredecessors?: boolean;

  @Field({
    nullable: true,
    description: 'A law by code or name, e.g. "SEL", "serviceloven", "BL": cases concerning any of its paragraphs.',
  })
  @IsOptional()
  @Length(1, 120, { message: 'law must be a law code or name of 1 to 120 characters' })
  law?: string;

  @Field({ nullable: true, description: 'An authority by code, e.g. "101" (København) or "UDK".' })
  @IsOptional()
  @Matches(/^\s*[A-Za-z0-9]{1,10}\s*$/, {
    message: 'authority must be an authority code of 1 to 10 letters or digits, e.g. "101"',
  })
  authority?: string;

  @Field({ nullable: true, description: `Area of law: ${AREA_LIST}.` })
  @IsOptional()
  @IsArea()
  area?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Cases decided on or after this day.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'decidedFrom must be a date as YYYY-MM-DD' })
  decidedFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Cases decided on or before this day.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'decidedTo must be a date as YYYY-MM-DD' })
  decidedTo?: string;
}

@InputType({ description: 'Which complaint cases to count; every field is optional and they combine with AND.' })
export class PracticeFilter extends ParagraphPracticeFilter {
  @Field({
    nullable: true,
    description:
      'A paragraph, e.g. "BL § 86" or "barnets lov §86"; with includePredecessors (default) its earlier numbering counts too.',
  })
  @IsOptional()
  @Length(1, 200, { message: 'paragraph must be a paragraph reference of 1 to 200 characters, e.g. "BL § 86"' })
  paragraph?: string;
}
