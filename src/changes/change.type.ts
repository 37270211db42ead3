import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Consolidation } from '../consolidation/consolidation.type';
import { PageInfo } from '../graphql/connection';
import { DateScalar } from '../graphql/date-scalar';
import { Paragraph } from '../paragraph/paragraph.type';
import { Ruling } from '../ruling/ruling.type';
import type { ChangeRecord } from './changes.repository';

export enum ChangeKind {
  REPEALED = 'REPEALED',
  PARTIALLY_REPEALED = 'PARTIALLY_REPEALED',
  NEW_SUCCESSOR = 'NEW_SUCCESSOR',
  PARAGRAPH_RENUMBERED = 'PARAGRAPH_RENUMBERED',
}
registerEnumType(ChangeKind, {
  name: 'ChangeKind',
  description: "What changed in a ruling's legal status.",
  valuesConfig: {
    REPEALED: { description: 'A consolidation fully repealed it.' },
    PARTIALLY_REPEALED: { description: 'A consolidation repealed part of it.' },
    NEW_SUCCESSOR: { description: 'A newer ruling replaces it (through a consolidation).' },
    PARAGRAPH_RENUMBERED: {
      description: 'A paragraph it interprets was succeeded by another (renumbered or moved to a new law).',
    },
  },
});

function reasonOf(record: ChangeRecord): string {
  switch (record.kind) {
    case ChangeKind.REPEALED:
      return `${record.ruling.number} er ophævet ved sammenskrivning ${record.consolidation!.id} med virkning fra ${record.on}.`;
    case ChangeKind.PARTIALLY_REPEALED:
      return `${record.ruling.number} er delvist ophævet ved sammenskrivning ${record.consolidation!.id} med virkning fra ${record.on}.`;
    case ChangeKind.NEW_SUCCESSOR:
      return `${record.successor!.number} afløser ${record.ruling.number} (sammenskrivning ${record.consolidation!.id}) fra ${record.on}.`;
    default:
      return `${record.paragraph!.ref}, som ${record.ruling.number} fortolker, er afløst af ${record.newParagraph!.ref} fra ${record.on}.`;
  }
}

@ObjectType({ description: "One change in a ruling's legal status: what, when, why, and what caused it." })
export class Change {
  @Field(() => Ruling, { description: 'The ruling whose status changed (the one to notify its followers of).' })
  ruling: Ruling;

  @Field(() => ChangeKind, { description: 'What changed.' })
  kind: ChangeKind;

  @Field(() => DateScalar, { description: 'The day the change took effect in law.' })
  on: string;

  @Field(() => String, {
    nullable: true,
    description: 'When the API recorded the write behind it (ISO 8601 UTC); null for data loaded by the importer.',
  })
  recordedAt: string | null;

  @Field({ description: 'The change as a Danish sentence, for a notification.' })
  reason: string;

  @Field(() => Consolidation, {
    nullable: true,
    description: 'The consolidation behind REPEALED, PARTIALLY_REPEALED and NEW_SUCCESSOR.',
  })
  consolidation: Consolidation | null;

  @Field(() => Ruling, { nullable: true, description: 'For NEW_SUCCESSOR: the newer ruling.' })
  successor: Ruling | null;

  @Field(() => Paragraph, {
    nullable: true,
    description: 'For PARAGRAPH_RENUMBERED: the paragraph the ruling interprets (the one to notify its followers of).',
  })
  paragraph: Paragraph | null;

  @Field(() => Paragraph, { nullable: true, description: 'For PARAGRAPH_RENUMBERED: the paragraph that succeeded it.' })
  newParagraph: Paragraph | null;

  static from(record: ChangeRecord): Change {
    return Object.assign(new Change(), {
      ruling: Ruling.from(record.ruling),
      kind: record.kind as ChangeKind,
      on: record.on,
      recordedAt: record.recordedAt,
      reason: reasonOf(record),
      consolidation: record.consolidation && Consolidation.from(record.consolidation),
      successor: record.successor && Ruling.from(record.successor),
      paragraph: record.paragraph && Paragraph.from(record.paragraph),
      newParagraph: record.newParagraph && Paragraph.from(record.newParagraph),
    });
  }
}

@ObjectType({ description: 'A change on a page, with the cursor to page on from it.' })
export class ChangeEdge {
  @Field({ description: 'Opaque position of this change; pass as after (or before).' })
  cursor: string;

  @Field(() => Change, { description: 'The change.' })
  node: Change;
}

@ObjectType({ description: 'A Relay page of changes, newest first (by recordedAt, else on).' })
export class ChangeConnection {
  @Field(() => [ChangeEdge], { description: 'The changes of this page.' })
  edges: ChangeEdge[];

  @Field(() => PageInfo, { description: 'Cursors and whether there is more either way.' })
  pageInfo: PageInfo;
}
