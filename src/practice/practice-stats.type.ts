import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Authority } from '../complaint-case/authority.type';
import { ReversalReason } from '../complaint-case/reversal-reason.type';
import { Ruling } from '../ruling/ruling.type';
import type { PracticeQuery } from './practice-query';
import { wilsonInterval } from './wilson-interval';

export const REVERSAL_RATE_DESCRIPTION =
  'Reversed (changed + annulled + remanded) / onMerits; null when no case was decided on the merits.';
export const REVERSAL_RATE_INTERVAL_DESCRIPTION =
  'The Wilson 95 % confidence interval of reversalRate: how far the rate can be trusted for this number of cases ' +
  '(1 reversed of 1 gives 0.21 to 1); null when no case was decided on the merits.';

@ObjectType({ description: 'A confidence interval of a rate, both ends from 0 to 1.' })
export class RateInterval {
  @Field(() => Float, { description: 'Lower end.' })
  low: number;

  @Field(() => Float, { description: 'Upper end.' })
  high: number;

  /** The Wilson 95 % interval of reversed / onMerits. */
  static ofReversal(reversed: number, onMerits: number): RateInterval | null {
    const interval = wilsonInterval(reversed, onMerits);
    return interval && Object.assign(new RateInterval(), interval);
  }
}

/** Counts per registered outcome, as one aggregation statement returns them. */
export interface OutcomeCountsRecord {
  upheld: number;
  changed: number;
  annulled: number;
  remanded: number;
  dismissed: number;
}

/** decided, onMerits, reversed and reversalRate of a set of cases, all computed in Cypher. */
export interface PracticeCountsRecord {
  decided: number;
  onMerits: number;
  reversed: number;
  reversalRate: number | null;
  outcomes: OutcomeCountsRecord;
}

@ObjectType({
  description: 'Cases per registered outcome (a case with several outcomes counts once, under the most far-reaching).',
})
export class OutcomeCounts {
  @Field(() => Int, { description: 'Stadfæstet.' })
  upheld: number;

  @Field(() => Int, { description: 'Ændret.' })
  changed: number;

  @Field(() => Int, { description: 'Ophævet.' })
  annulled: number;

  @Field(() => Int, { description: 'Hjemvist.' })
  remanded: number;

  @Field(() => Int, { description: 'Afvist: not decided on the merits.' })
  dismissed: number;
}

/** The counts a period and an authority share. Referenced by no field, so not in the schema: its fields are inherited. */
@ObjectType()
abstract class CaseCounts {
  @Field(() => Int, { description: 'Cases decided, dismissed ones included.' })
  decided: number;

  @Field(() => Int, { description: 'Cases decided on the merits: decided less dismissed.' })
  onMerits: number;

  @Field(() => Int, { description: 'Cases reversed: changed + annulled + remanded.' })
  reversed: number;

  @Field(() => Float, { nullable: true, description: REVERSAL_RATE_DESCRIPTION })
  reversalRate: number | null;

  @Field(() => RateInterval, { nullable: true, description: REVERSAL_RATE_INTERVAL_DESCRIPTION })
  get reversalRateInterval(): RateInterval | null {
    return RateInterval.ofReversal(this.reversed, this.onMerits);
  }
}

/** A row of by-period.cypher, as the period types read it. */
interface PeriodRecord {
  year: number;
  quarter: number | null;
  decided: number;
  onMerits: number;
  reversed: number;
  reversalRate: number | null;
  outcomes: OutcomeCountsRecord;
}

@ObjectType({ description: 'The practice of one calendar year of decisions.' })
export class YearStats extends CaseCounts {
  @Field(() => Int, { description: 'Year of decidedOn.' })
  year: number;

  @Field(() => OutcomeCounts, { description: 'Cases of the year per registered outcome.' })
  outcomes: OutcomeCounts;

  static from({ year, decided, onMerits, reversed, reversalRate, outcomes }: PeriodRecord): YearStats {
    return Object.assign(new YearStats(), {
      year,
      decided,
      onMerits,
      reversed,
      reversalRate,
      outcomes: Object.assign(new OutcomeCounts(), outcomes),
    });
  }
}

@ObjectType({
  description: 'The practice of one quarter of a calendar year of decisions (by the day each case was decided).',
})
export class QuarterStats extends CaseCounts {
  @Field(() => Int, { description: 'Year of decidedOn.' })
  year: number;

  @Field(() => Int, {
    description: 'Quarter of the year of decidedOn: 1 (January to March) to 4 (October to December).',
  })
  quarter: number;

  @Field(() => OutcomeCounts, { description: 'Cases of the quarter per registered outcome.' })
  outcomes: OutcomeCounts;

  static from(record: PeriodRecord): QuarterStats {
    return Object.assign(new QuarterStats(), { ...YearStats.from(record), quarter: record.quarter ?? 0 });
  }
}

@ObjectType({ description: 'The practice of one authority within the filter.' })
export class AuthorityStats extends CaseCounts {
  /** The filter of the PracticeStats this row belongs to, for the breakdowns by period. */
  query: PracticeQuery;

  @Field(() => Authority, {
    description: 'The authority (a municipality, mostly) whose decisions were complained about.',
  })
  authority: Authority;

  @Field(() => Float, {
    nullable: true,
    description:
      'The reversal rate of the same filter without the authority restriction, to compare with; null when that has no case on the merits.',
  })
  nationalRate: number | null;
}

@ObjectType({ description: 'How often a reason for reversal was registered among the reversed cases.' })
export class ReasonCount {
  @Field(() => ReversalReason, { description: 'The reason for reversal, with its code and Danish label.' })
  reason: ReversalReason;

  @Field(() => Int, { description: 'Reversed cases carrying this reason.' })
  count: number;

  @Field(() => Float, {
    description:
      'count / reversed cases of the filter. A case may carry several reasons, so shares can add up to more than 1; reasons are registered only since 2019.',
  })
  share: number;
}

@ObjectType({ description: 'A principle ruling applied in reversed cases, and in how many.' })
export class AppliedRulingCount {
  @Field(() => Ruling, { description: 'The ruling; its status today is ruling.status.' })
  ruling: Ruling;

  @Field(() => Int, { description: 'Reversed cases of the filter that applied the ruling.' })
  count: number;
}

/**
 * What Query.practice and Paragraph.practice return: only the canonical filter. Each field is
 * resolved by its own aggregation statement (see PracticeStatsResolver), so a client pays for
 * the breakdowns it asks for and no more.
 */
@ObjectType({
  description: 'Complaint-case practice for a filter: outcomes, reversal rate and why decisions were reversed.',
})
export class PracticeStats {
  query: PracticeQuery;

  static of(query: PracticeQuery): PracticeStats {
    return Object.assign(new PracticeStats(), { query });
  }
}
