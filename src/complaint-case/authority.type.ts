import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum AuthorityKind {
  MUNICIPALITY = 'MUNICIPALITY',
  UDBETALING_DANMARK = 'UDBETALING_DANMARK',
  OTHER = 'OTHER',
}
registerEnumType(AuthorityKind, {
  name: 'AuthorityKind',
  description: 'The kind of first instance whose decision was complained about.',
});

/** An Authority node as read from Neo4j (the importer stores the record's `type` as `kind`). */
export interface AuthorityRecord {
  code: string;
  name: string;
  kind: AuthorityKind;
}

@ObjectType({ description: 'A first instance: a municipality (by its official code), Udbetaling Danmark, or another authority.' })
export class Authority {
  @Field({ description: 'Municipality code, e.g. "101" for København, or "UDK".' })
  code: string;

  @Field()
  name: string;

  @Field(() => AuthorityKind)
  kind: AuthorityKind;

  static from(record: AuthorityRecord): Authority {
    return Object.assign(new Authority(), record);
  }
}
