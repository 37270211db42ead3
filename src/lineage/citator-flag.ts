import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DatePrecision } from '../ruling/ruling.type';
import { RulingStatusKind } from './ruling-status-kind';
import type { RulingStatusRecord } from './ruling-status.type';

/**
 * The citator badge of a ruling on a date: a summary of RulingStatus for a UI, composed from
 * the status the one status statement computes (cypher/queries/lineage/status-of-rulings.cypher);
 * nothing here decides status again, it only names and explains it.
 */
export enum CitatorFlag {
  GOOD_LAW = 'GOOD_LAW',
  CAUTION = 'CAUTION',
  OVERRULED = 'OVERRULED',
  NOT_YET_IN_FORCE = 'NOT_YET_IN_FORCE',
}
registerEnumType(CitatorFlag, {
  name: 'CitatorFlag',
  description: 'One badge for a ruling on a date, as a legal citator shows it.',
  valuesConfig: {
    GOOD_LAW: { description: 'In force, with nothing to warn of.' },
    CAUTION: {
      description: 'In force but partly repealed, or the law it interprets changed, or it cites repealed practice.',
    },
    OVERRULED: { description: 'Fully repealed by the date.' },
    NOT_YET_IN_FORCE: { description: 'Not yet issued on the date.' },
  },
});

export enum CitatorReasonCode {
  PARTIALLY_REPEALED = 'PARTIALLY_REPEALED',
  LAW_CHANGED = 'LAW_CHANGED',
  CITES_REPEALED = 'CITES_REPEALED',
  REPEALED_BY = 'REPEALED_BY',
}
registerEnumType(CitatorReasonCode, {
  name: 'CitatorReasonCode',
  description: 'Why a ruling is flagged other than GOOD_LAW.',
  valuesConfig: {
    PARTIALLY_REPEALED: { description: 'A consolidation repealed part of it (RulingStatus.repeals).' },
    LAW_CHANGED: { description: 'A paragraph it interprets was succeeded or ended (RulingStatus.changedParagraphs).' },
    CITES_REPEALED: {
      description: 'It cites rulings that are repealed in whole or part (RulingStatus.citesRepealed).',
    },
    REPEALED_BY: { description: 'A consolidation fully repealed it (RulingStatus.repealedBy).' },
  },
});

@ObjectType({ description: 'One reason behind a citator flag: a code for programs and a Danish sentence for people.' })
export class CitatorReason {
  @Field(() => CitatorReasonCode, { description: 'What kind of reason.' })
  code: CitatorReasonCode;

  @Field({ description: 'The reason as a Danish sentence, naming the consolidation, paragraphs or rulings behind it.' })
  label: string;
}

/** Danish badge texts, as Ankestyrelsen's own pages word them. */
const FLAG_LABELS: Record<CitatorFlag, string> = {
  GOOD_LAW: 'Gældende',
  CAUTION: 'Gældende – bemærk',
  OVERRULED: 'Ophævet',
  NOT_YET_IN_FORCE: 'Ikke udsendt endnu',
};
const PARTLY_REPEALED_LABEL = 'Delvist ophævet';

/** What the reasons weigh: a status record; its successors and the ruling's date are not among them, and lawChanged is the changed paragraphs. */
type ReasonsInput = Omit<RulingStatusRecord, 'successors' | 'lawChanged' | 'decidedOn' | 'datePrecision'>;

/**
 * What the flag weighs: the status and whether the law changed and the ruling cites repealed
 * practice. A statement that answers only the flag asks only these (EXISTS, no lists).
 */
export interface FlagInput {
  status: RulingStatusKind;
  lawChanged: boolean;
  citesRepealed: boolean;
}

export interface CitatorBadge {
  flag: CitatorFlag;
  flagLabel: string;
}

const reason = (code: CitatorReasonCode, label: string): CitatorReason =>
  Object.assign(new CitatorReason(), { code, label });

/** Why the flag is not GOOD_LAW, most serious first: one reason for each warning the flag weighs. */
export function citatorReasons(record: ReasonsInput): CitatorReason[] {
  const reasons: CitatorReason[] = [];
  if (record.status === RulingStatusKind.NOT_YET_ISSUED) return reasons;
  if (record.status === RulingStatusKind.REPEALED && record.repealedBy) {
    reasons.push(
      reason(
        CitatorReasonCode.REPEALED_BY,
        `Ophævet ved sammenskrivning ${record.repealedBy.id} den ${record.repealedOn}.`,
      ),
    );
  }
  if (record.status === RulingStatusKind.PARTIALLY_REPEALED) {
    const by = record.repeals
      .filter((repeal) => repeal.extent === 'PARTIAL')
      .map((repeal) => `${repeal.consolidation.id} (${repeal.on})`);
    reasons.push(reason(CitatorReasonCode.PARTIALLY_REPEALED, `Delvist ophævet ved sammenskrivning ${by.join(', ')}.`));
  }
  if (record.changedParagraphs.length > 0) {
    const refs = record.changedParagraphs.map((paragraph) => paragraph.ref).join(', ');
    reasons.push(
      reason(CitatorReasonCode.LAW_CHANGED, `Loven er ændret siden afgørelsen: ${refs} er afløst eller ophørt.`),
    );
  }
  if (record.citesRepealed.length > 0) {
    const numbers = record.citesRepealed.map((ruling) => ruling.number).join(', ');
    reasons.push(
      reason(CitatorReasonCode.CITES_REPEALED, `Henviser til ophævet eller delvist ophævet praksis: ${numbers}.`),
    );
  }
  return reasons;
}

function flagOf({ status, lawChanged, citesRepealed }: FlagInput): CitatorFlag {
  switch (status) {
    case RulingStatusKind.NOT_YET_ISSUED:
      return CitatorFlag.NOT_YET_IN_FORCE;
    case RulingStatusKind.REPEALED:
      return CitatorFlag.OVERRULED;
    default:
      // Exactly when citatorReasons gives a reason: each of these is one.
      return status === RulingStatusKind.PARTIALLY_REPEALED || lawChanged || citesRepealed
        ? CitatorFlag.CAUTION
        : CitatorFlag.GOOD_LAW;
  }
}

/**
 * True when the ruling's date is known only to the month or year and asOf lies in that month
 * or year: the status holds from the period's first day (dates are stored as the first day of
 * their period), but the ruling may in fact have been issued later in it.
 */
export function isDateApproximate(decidedOn: string, precision: DatePrecision | null, asOf: string): boolean {
  const length = precision === DatePrecision.MONTH ? 7 : precision === DatePrecision.YEAR ? 4 : 0;
  return length > 0 && decidedOn.slice(0, length) === asOf.slice(0, length);
}

export function citatorBadge(input: FlagInput): CitatorBadge {
  const flag = flagOf(input);
  return {
    flag,
    flagLabel: input.status === RulingStatusKind.PARTIALLY_REPEALED ? PARTLY_REPEALED_LABEL : FLAG_LABELS[flag],
  };
}
