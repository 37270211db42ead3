import { Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({
  description:
    'A renumbering or replacement of a provision: `from` is succeeded by `to` on the day `to` came into force (its validFrom). Succession may not form a cycle.',
})
export class AddParagraphSuccessionInput {
  @Field({ description: 'The earlier paragraph, e.g. "SEL § 41" (any accepted spelling).' })
  @Length(1, 200)
  from: string;

  @Field({ description: 'The later paragraph, e.g. "BL § 86".' })
  @Length(1, 200)
  to: string;
}
