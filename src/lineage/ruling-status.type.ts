import { Field, ObjectType } from 'type-graphql';
import { Consolidation, RepealExtent, type ConsolidationRecord } from '../consolidation/consolidation.type';
import { DateScalar } from '../graphql/date-scalar';
import { Paragraph, type ParagraphRecord } from '../paragraph/paragraph.type';
import { DatePrecision, Ruling, type RulingRecord } from '../ruling/ruling.type';
import { CitatorFlag, CitatorReason, citatorBadge, citatorReasons, isDateApproximate } from './citator-flag';
import { RulingStatusKind } from './ruling-status-kind';

export { RulingStatusKind } from './ruling-status-kind';

/** One repeal of a ruling that had taken effect by the date asked about. */
export interface RepealRecord {
  consolidation: ConsolidationRecord;
  extent: RepealExtent;
  on: string;
}

/**
 * A ruling's status on one date, as one statement computes it (see
 * cypher/queries/lineage/status-of-rulings.cypher). It carries the records it refers to, not
 * just their keys, so a list of rulings asking for status, successors and warnings costs one
 * round trip, not one per referenced object. Reused by the applicability and practice features.
 */
export interface RulingStatusRecord {
  number: string;
  asOf: string;
  /** The ruling's own date and its precision, for dateApproximate. */
  decidedOn: string;
  datePrecision: DatePrecision | null;
  status: RulingStatusKind;
  /** The earliest repeal in effect that decides the status: FULL for REPEALED, PARTIAL for PARTIALLY_REPEALED. */
  repealedOn: string | null;
  repealedBy: ConsolidationRecord | null;
  /** Every repeal of the ruling in effect by asOf, oldest first. */
  repeals: RepealRecord[];
  successors: RulingRecord[];
  lawChanged: boolean;
  changedParagraphs: ParagraphRecord[];
  citesRepealed: RulingRecord[];
}

type OptionalPart =
  | 'decidedOn'
  | 'datePrecision'
  | 'repealedOn'
  | 'repealedBy'
  | 'repeals'
  | 'successors'
  | 'lawChanged'
  | 'changedParagraphs'
  | 'citesRepealed';

/**
 * A status record as a query planner's statement may yield it: without the parts its operation
 * asks for none of the fields of (src/graphql/planner/narrowing.ts). A loader's statement
 * always yields the whole RulingStatusRecord.
 */
export type NarrowedRulingStatusRecord = Omit<RulingStatusRecord, OptionalPart> &
  Partial<Pick<RulingStatusRecord, OptionalPart>> & {
    /** In place of citesRepealed where only the flag needs it: whether there is any. */
    citesAnyRepealed?: boolean;
  };

/** What cypher/fragments/lineage/status-kind.cypher yields: the status alone. */
export type RulingStatusKindRecord = Pick<RulingStatusRecord, 'number' | 'asOf' | 'status'>;

/**
 * What cypher/fragments/lineage/status.cypher yields: the record but for lawChanged, which is
 * whether there are changed paragraphs. A planner's narrowed record (NarrowedRulingStatusRecord)
 * may instead carry lawChanged itself and no paragraphs, where only the flag or lawChanged is asked.
 */
export type RulingStatusValue = Omit<RulingStatusRecord, 'lawChanged'>;

export function toRulingStatusRecord(value: RulingStatusValue): RulingStatusRecord;
export function toRulingStatusRecord(value: NarrowedRulingStatusRecord): NarrowedRulingStatusRecord;
export function toRulingStatusRecord(value: NarrowedRulingStatusRecord): NarrowedRulingStatusRecord {
  return value.changedParagraphs === undefined ? value : { ...value, lawChanged: value.changedParagraphs.length > 0 };
}

@ObjectType({ description: 'One repeal of a ruling: which consolidation, how much, from when.' })
export class Repeal {
  @Field(() => Consolidation, { description: 'The consolidation that made the repeal.' })
  consolidation: Consolidation;

  @Field(() => RepealExtent, { description: 'FULL or PARTIAL.' })
  extent: RepealExtent;

  @Field(() => DateScalar, { description: "The day the repeal took effect (the consolidation's decidedOn)." })
  on: string;

  static from(record: RepealRecord): Repeal {
    return Object.assign(new Repeal(), {
      consolidation: Consolidation.from(record.consolidation),
      extent: record.extent,
      on: record.on,
    });
  }
}

@ObjectType({ description: 'Whether a ruling is good law on a date, and why not if it is not. Derived, never stored.' })
export class RulingStatus {
  @Field(() => RulingStatusKind, { description: 'IN_FORCE, PARTIALLY_REPEALED, REPEALED or NOT_YET_ISSUED on asOf.' })
  status: RulingStatusKind;

  @Field(() => DateScalar, { description: 'The date the status holds for.' })
  asOf: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'When REPEALED: the day of the first full repeal. When PARTIALLY_REPEALED: the day of the first partial repeal. Else null.',
  })
  repealedOn: string | null;

  @Field(() => Consolidation, { nullable: true, description: 'The consolidation of repealedOn.' })
  repealedBy: Consolidation | null;

  @Field(() => [Repeal], {
    description: 'Every repeal in effect by asOf, oldest first (a ruling can be partly repealed several times).',
  })
  repeals: Repeal[];

  @Field(() => [Ruling], {
    description:
      'The rulings in force on asOf that carry its practice on: followed through REPLACES, past any successor that was itself fully repealed by asOf. Empty while IN_FORCE.',
  })
  successors: Ruling[];

  @Field({
    description: 'A paragraph it interprets had, by asOf, been succeeded by another or ended (validTo before asOf).',
  })
  lawChanged: boolean;

  @Field(() => [Paragraph], { description: 'The paragraphs behind lawChanged.' })
  changedParagraphs: Paragraph[];

  @Field(() => [Ruling], {
    description:
      'Rulings it cites that are not fully in force on asOf (REPEALED or PARTIALLY_REPEALED), as a legal citator warns of reliance on overruled law.',
  })
  citesRepealed: Ruling[];

  @Field(() => CitatorFlag, {
    description: 'The status as one badge for a UI; see reasons for why it is not GOOD_LAW.',
  })
  flag: CitatorFlag;

  @Field({
    description:
      'Danish text of the badge: "Gældende", "Delvist ophævet", "Gældende – bemærk" (law changed or cites repealed practice), "Ophævet", "Ikke udsendt endnu".',
  })
  flagLabel: string;

  @Field(() => [CitatorReason], {
    description: 'Why the flag is not GOOD_LAW, most serious first; empty for GOOD_LAW and NOT_YET_IN_FORCE.',
  })
  reasons: CitatorReason[];

  @Field({
    description:
      'True when decidedOn is known only to the month or year (datePrecision MONTH or YEAR) and asOf lies in that month or year: the ruling counts as issued from the first day of it, but may have been issued later in it.',
  })
  dateApproximate: boolean;

  /** For a selection of `status` alone: the other fields are not asked, so not read. */
  static ofKind(record: RulingStatusKindRecord): RulingStatus {
    return Object.assign(new RulingStatus(), { status: record.status, asOf: record.asOf });
  }

  /**
   * A part the record lacks leaves its fields unset: no resolver of the operation reads them
   * (narrowing.ts), and one that did would fail loudly on a non-null field, not answer wrongly.
   */
  static from(record: NarrowedRulingStatusRecord): RulingStatus {
    const { changedParagraphs, citesRepealed, lawChanged, repealedOn, repealedBy, repeals } = record;
    const citesAnyRepealed = record.citesAnyRepealed ?? (citesRepealed && citesRepealed.length > 0);
    return Object.assign(new RulingStatus(), {
      status: record.status,
      asOf: record.asOf,
      dateApproximate:
        record.decidedOn === undefined || record.datePrecision === undefined
          ? undefined
          : isDateApproximate(record.decidedOn, record.datePrecision, record.asOf),
      repealedOn,
      repealedBy: repealedBy && Consolidation.from(repealedBy),
      repeals: repeals?.map(Repeal.from),
      successors: record.successors?.map(Ruling.from),
      lawChanged,
      changedParagraphs: changedParagraphs?.map(Paragraph.from),
      citesRepealed: citesRepealed?.map(Ruling.from),
      ...(lawChanged !== undefined &&
        citesAnyRepealed !== undefined &&
        citatorBadge({ status: record.status, lawChanged, citesRepealed: citesAnyRepealed })),
      reasons:
        changedParagraphs && citesRepealed && repeals && repealedOn !== undefined && repealedBy !== undefined
          ? citatorReasons({ ...record, changedParagraphs, citesRepealed, repeals, repealedOn, repealedBy })
          : undefined,
    });
  }
}
