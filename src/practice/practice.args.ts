import { IsEnum, IsInt, Max, Min } from 'class-validator';
import { ArgsType, Field, Int, registerEnumType } from 'type-graphql';
import { ComplaintCasesArgs } from '../complaint-case/complaint-cases.args';
import type { Outcome } from '../complaint-case/registered-outcome';
import { OUTCOMES } from '../importer/import-schema';

export enum AuthorityOrder {
  REVERSAL_RATE_DESC = 'REVERSAL_RATE_DESC',
  REVERSAL_RATE_ASC = 'REVERSAL_RATE_ASC',
  DECIDED_DESC = 'DECIDED_DESC',
}
registerEnumType(AuthorityOrder, {
  name: 'AuthorityOrder',
  description:
    'Order of PracticeStats.byAuthority. Ties go to the authority with more cases, then by code; authorities without a case on the merits (no rate) come last.',
  valuesConfig: {
    REVERSAL_RATE_DESC: { description: 'Highest reversal rate first.' },
    REVERSAL_RATE_ASC: { description: 'Lowest reversal rate first.' },
    DECIDED_DESC: { description: 'Most cases decided first.' },
  },
});

export const MAX_AUTHORITIES = 500;
/**
 * Below about 20 cases on the merits a rate says little: the 95 % interval of a rate near 50 %
 * is then wider than ±20 points, and 1 reversal in 1 case would top a ranking at 100 %.
 */
export const DEFAULT_MIN_ON_MERITS = 20;
export const MAX_RULINGS = 100;

@ArgsType()
export class ByAuthorityArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many authorities, 0 to ${MAX_AUTHORITIES}.` })
  @IsInt({ message: 'first must be a whole number' })
  @Min(0, { message: `first must be from 0 to ${MAX_AUTHORITIES}` })
  @Max(MAX_AUTHORITIES, { message: `first must be from 0 to ${MAX_AUTHORITIES}` })
  first: number;

  @Field(() => AuthorityOrder, {
    defaultValue: AuthorityOrder.REVERSAL_RATE_DESC,
    description: 'The order of the authorities.',
  })
  @IsEnum(AuthorityOrder, { message: 'orderBy must be REVERSAL_RATE_DESC, REVERSAL_RATE_ASC or DECIDED_DESC' })
  orderBy: AuthorityOrder;

  @Field(() => Int, {
    defaultValue: DEFAULT_MIN_ON_MERITS,
    description:
      `Leave out authorities with fewer cases on the merits than this (default ${DEFAULT_MIN_ON_MERITS}): a rate of 1 case in 1 says ` +
      'little, and would top a ranking at 100 %. 0 lists every authority with a case; reversalRateInterval shows how far each rate can be trusted.',
  })
  @IsInt({ message: 'minOnMerits must be a whole number' })
  @Min(0, { message: 'minOnMerits must be 0 or more' })
  minOnMerits: number;
}

@ArgsType()
export class MostAppliedRulingsArgs {
  @Field(() => Int, { defaultValue: 10, description: `How many rulings, 0 to ${MAX_RULINGS}.` })
  @IsInt({ message: 'first must be a whole number' })
  @Min(0, { message: `first must be from 0 to ${MAX_RULINGS}` })
  @Max(MAX_RULINGS, { message: `first must be from 0 to ${MAX_RULINGS}` })
  first: number;
}

/** The sets behind a figure that is more than one outcome; each outcome is a set of its own. */
const FIGURE_SETS = ['DECIDED', 'ON_MERITS', 'REVERSED'] as const;

/**
 * Which of a filter's cases PracticeStats.cases lists: the cases behind each of its figures. The
 * outcome values come from the import contract's one list (OUTCOMES), as the Outcome enum's do.
 */
export const PracticeCaseSet = Object.fromEntries([...FIGURE_SETS, ...OUTCOMES].map((set) => [set, set])) as {
  readonly [K in (typeof FIGURE_SETS)[number] | Outcome]: K;
};
export type PracticeCaseSet = (typeof FIGURE_SETS)[number] | Outcome;
registerEnumType(PracticeCaseSet, {
  name: 'PracticeCaseSet',
  description:
    'Which cases of a practice filter to list, by registered outcome: the cases behind decided, onMerits, reversed or one outcome count.',
  valuesConfig: {
    DECIDED: { description: 'Every case of the filter (PracticeStats.decided).' },
    ON_MERITS: {
      description: 'The cases decided on the merits, every one but the dismissed (onMerits: the base of reversalRate).',
    },
    REVERSED: {
      description: 'The reversed cases: changed, annulled or remanded (reversed: the numerator of reversalRate).',
    },
    ...Object.fromEntries(
      OUTCOMES.map((outcome) => [
        outcome,
        { description: `The cases registered as ${outcome.toLowerCase()} (outcomes.${outcome.toLowerCase()}).` },
      ]),
    ),
  },
});

@ArgsType()
export class PracticeCasesArgs extends ComplaintCasesArgs {
  @Field(() => PracticeCaseSet, {
    defaultValue: PracticeCaseSet.DECIDED,
    description: "Which of the filter's cases to list.",
  })
  @IsEnum(PracticeCaseSet, { message: `among must be one of ${Object.values(PracticeCaseSet).join(', ')}` })
  among: PracticeCaseSet;
}
