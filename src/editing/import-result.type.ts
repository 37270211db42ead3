import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many records of one kind an import wrote.' })
export class ImportKindCount {
  @Field({
    description: 'Record kind: law, paragraph, ruling, consolidation, authority, reversalReason, complaintCase.',
  })
  kind: string;

  @Field(() => Int, { description: 'Records of the kind written.' })
  count: number;
}

@ObjectType({ description: 'What importRecords wrote, in one transaction.' })
export class ImportResult {
  @Field(() => Int, { description: 'Records written in all.' })
  records: number;

  @Field(() => [ImportKindCount], { description: 'Records written per kind, for the kinds the batch held.' })
  byKind: ImportKindCount[];
}
