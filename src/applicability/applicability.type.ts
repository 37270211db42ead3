import { Field, ObjectType } from 'type-graphql';
import { RulingStatus, RulingStatusKind } from '../lineage/ruling-status.type';
import { Paragraph, type ParagraphRecord } from '../paragraph/paragraph.type';
import { Ruling, type RulingRecord } from '../ruling/ruling.type';

/** One row as the applicability statements return it: every field the type exposes, prefilled. */
export interface ApplicabilityRecord {
  ruling: RulingRecord;
  status: RulingStatusKind;
  via: ParagraphRecord;
  direct: boolean;
}

@ObjectType({ description: 'A principle ruling that applies to a paragraph on a date, and why.' })
export class Applicability {
  @Field(() => Ruling, { description: 'The principle ruling that applies.' })
  ruling: Ruling;

  @Field(() => RulingStatusKind, {
    description:
      'IN_FORCE or PARTIALLY_REPEALED on the date asked about (rulings repealed or not yet issued then are left out).',
  })
  status: RulingStatusKind;

  @Field(() => Paragraph, {
    description:
      'The paragraph the ruling was made under: the one asked about, or the nearest earlier numbering of it (e.g. SEL § 41 for BL § 86).',
  })
  via: Paragraph;

  @Field({
    description:
      'True when the ruling interprets the paragraph asked about itself; false when carried over from an earlier numbering.',
  })
  direct: boolean;

  // Not a field: the date the status holds for, for statusDetail.
  asOf: string;

  // Declared for the schema; resolved by ApplicabilityResolver.statusDetail.
  @Field(() => RulingStatus, {
    description: 'The full status on the same date: repeals, successors and warnings such as lawChanged.',
  })
  statusDetail: RulingStatus;

  static from(record: ApplicabilityRecord, asOf: string): Applicability {
    return Object.assign(new Applicability(), {
      ruling: Ruling.from(record.ruling),
      status: record.status,
      via: Paragraph.from(record.via),
      direct: record.direct,
      asOf,
    });
  }
}
