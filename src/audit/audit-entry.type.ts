import { Field, ID, ObjectType } from 'type-graphql';
import { PageInfo } from '../graphql/connection';

export interface AuditEntryRecord {
  id: string;
  /** Commit order among edits (the editing lock's counter); for ordering and cursors only. */
  seq: number;
  at: string;
  subject: string;
  operation: string;
  keys: string[];
  input: string;
  idempotencyKey: string | null;
}

@ObjectType({
  description:
    'One write through the API: who, when, which mutation and what it touched. Written in the same transaction as the change.',
})
export class AuditEntry {
  @Field(() => ID, { description: "The entry's id, unique and never reused." })
  id: string;

  @Field({ description: 'When the write was made, ISO 8601 in UTC (e.g. 2026-11-23T12:30:00.000Z).' })
  at: string;

  @Field({ description: "The token's subject: the API key's configured name or the JWT's sub." })
  subject: string;

  @Field({ description: 'The mutation, e.g. recordConsolidation.' })
  operation: string;

  @Field(() => [String], {
    description: 'Keys of what the write touched: ruling numbers, consolidation ids, paragraph refs, case ids.',
  })
  keys: string[];

  @Field({ description: "The mutation's input as JSON." })
  input: string;

  @Field(() => String, {
    nullable: true,
    description: 'The idempotency key the mutation was given, if any; a retry with it answered from this entry.',
  })
  idempotencyKey: string | null;

  static from(record: AuditEntryRecord): AuditEntry {
    return Object.assign(new AuditEntry(), record);
  }
}

@ObjectType({ description: 'One audit entry on a page, with the cursor to page on from it.' })
export class AuditEntryEdge {
  @Field({ description: 'Opaque position of this entry; pass as after to continue after it.' })
  cursor: string;

  @Field(() => AuditEntry, { description: 'The audit entry.' })
  node: AuditEntry;
}

@ObjectType({ description: 'A page of the audit trail, newest first.' })
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge], { description: 'The entries of this page, newest first.' })
  edges: AuditEntryEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursors to ask for them.' })
  pageInfo: PageInfo;
}
