import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { toGlobalId } from '../node/global-id';

export interface LawRecord {
  id: string;
  title: string;
  shortTitle: string;
  eli: string | null;
}

@ObjectType({ implements: Node, description: 'A Danish law, e.g. SEL (serviceloven) or BL (barnets lov).' })
export class Law implements Node {
  @Field(() => ID, { description: 'Global id for node(id).' })
  get id(): string {
    return toGlobalId('Law', this.code);
  }

  @Field({ description: 'Short code, e.g. SEL, BL, LAS.' })
  code: string;

  @Field({ description: "The law's full title, e.g. Lov om social service." })
  title: string;

  @Field({ description: 'Common name, e.g. serviceloven.' })
  shortTitle: string;

  @Field(() => String, { nullable: true, description: 'European Legislation Identifier (URL at retsinformation.dk).' })
  eli: string | null;

  static from(record: LawRecord): Law {
    return Object.assign(new Law(), {
      code: record.id,
      title: record.title,
      shortTitle: record.shortTitle,
      eli: record.eli ?? null,
    });
  }
}
