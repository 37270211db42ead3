import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An area of law, as every `area` argument and field uses it.' })
export class Area {
  @Field({ description: 'The id to pass as `area`, e.g. "children".' })
  id: string;

  @Field({ description: 'Danish label, e.g. "Børn og unge".' })
  label: string;
}
