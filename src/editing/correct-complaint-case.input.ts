import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, Length, Matches, ValidateIf } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { CaseOutcome } from '../complaint-case/outcome.type';

const given = (_object: object, value: unknown) => value !== undefined;

@InputType({
  description:
    "A correction of a complaint case, found by id. Lists given replace the stored ones; left out they stay. The case's registered outcome and its practice statistics follow.",
})
export class CorrectComplaintCaseInput {
  @Field({ description: 'The case\'s pseudonymous id, e.g. "K-2019-000001".' })
  @Matches(/^[A-Za-z0-9._-]{1,40}$/, { message: 'id must be 1 to 40 letters, digits, ".", "_" or "-"' })
  id: string;

  @Field(() => [CaseOutcome], { nullable: true, description: 'Every outcome of the decision; at least one.' })
  @ValidateIf(given)
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsEnum(CaseOutcome, { each: true })
  outcomes?: CaseOutcome[];

  @Field(() => [String], { nullable: true, description: 'Reversal reason codes; null or [] clears them.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 40, { each: true })
  reasons?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Numbers of the principle rulings applied; null or [] clears them.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @Length(1, 40, { each: true })
  applied?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Refs of the paragraphs the case concerns; at least one.' })
  @ValidateIf(given)
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Length(1, 200, { each: true })
  paragraphs?: string[];
}
