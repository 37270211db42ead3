import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many records of one kind an import wrote.' })
export class ImportKindCount {
  @Field({ description: 'Record kind: law, paragraph, ruling, consolidation, authority, reversalReason, complaintCase.' })
  kind: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'What importRecords wrote, in one transaction.' })
export class ImportResult {
  @Field(() => Int)
  records: number;

  @Field(() => [ImportKindCount])
  byKind: ImportKindCount[];
}
