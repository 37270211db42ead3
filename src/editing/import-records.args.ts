import { MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

export const MAX_IMPORT_LINES = 1000;
export const MAX_IMPORT_BYTES = 1_000_000;

@ArgsType()
export class ImportRecordsArgs {
  @Field({
    description: `NDJSON import records (seed/FORMAT.md), one per line: at most ${MAX_IMPORT_LINES} records and ${MAX_IMPORT_BYTES} bytes. Written in one transaction, all or nothing; larger loads go through the CLI importer.`,
  })
  @MinLength(1)
  @MaxLength(MAX_IMPORT_BYTES)
  ndjson: string;
}
