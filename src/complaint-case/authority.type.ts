import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum AuthorityKind {
  MUNICIPALITY = 'MUNICIPALITY',
  UDBETALING_DANMARK = 'UDBETALING_DANMARK',
  OTHER = 'OTHER',
}
registerEnumType(AuthorityKind, {
  name: 'AuthorityKind',
  description: 'The kind of first instance whose decision was complained about.',
  valuesConfig: {
    MUNICIPALITY: { description: 'A municipality (kommune), by its official municipality code.' },
    UDBETALING_DANMARK: { description: 'Udbetaling Danmark, which decides e.g. pensions and family benefits.' },
    OTHER: { description: 'Any other first instance, e.g. a region or a state agency.' },
  },
});

/** An Authority node as read from Neo4j (the importer stores the record's `type` as `kind`). */
export interface AuthorityRecord {
  code: string;
  name: string;
  kind: AuthorityKind;
}

@ObjectType({
  description: 'A first instance: a municipality (by its official code), Udbetaling Danmark, or another authority.',
})
export class Authority {
  @Field({ description: 'Municipality code, e.g. "101" for København, or "UDK".' })
  code: string;

  @Field({ description: "The authority's name, e.g. København." })
  name: string;

  @Field(() => AuthorityKind, { description: 'Municipality, Udbetaling Danmark or another kind of authority.' })
  kind: AuthorityKind;

  static from(record: AuthorityRecord): Authority {
    return Object.assign(new Authority(), record);
  }
}
