import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../graphql/date-scalar';
import { Node } from '../node/node.interface';
import { toGlobalId } from '../node/global-id';

export interface ParagraphRecord {
  ref: string;
  lawId: string;
  number: string;
  subsection: number | null;
  title: string | null;
  validFrom: string | null;
  validTo: string | null;
}

@ObjectType({ implements: Node, description: 'A provision of a law, e.g. SEL § 41 or SEL § 112 stk. 1.' })
export class Paragraph implements Node {
  @Field(() => ID, { description: 'Global id for node(id).' })
  get id(): string {
    return toGlobalId('Paragraph', this.ref);
  }

  @Field({ description: 'Canonical reference, e.g. "BL § 86".' })
  ref: string;

  @Field({ description: 'Code of the law it belongs to.' })
  lawId: string;

  @Field({ description: 'Paragraph number, e.g. "41" or "5a".' })
  number: string;

  @Field(() => Int, { nullable: true, description: 'Subsection (stk.), if the reference is to one.' })
  subsection: number | null;

  @Field(() => String, { nullable: true, description: "The paragraph's heading, where the law gives one." })
  title: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day in force, if known.' })
  validFrom: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day in force; null while in force.' })
  validTo: string | null;

  static from(record: ParagraphRecord): Paragraph {
    return Object.assign(new Paragraph(), record);
  }
}
