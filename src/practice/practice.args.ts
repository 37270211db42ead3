import { IsEnum, IsInt, Max, Min } from 'class-validator';
import { ArgsType, Field, Int, registerEnumType } from 'type-graphql';

export enum AuthorityOrder {
  REVERSAL_RATE_DESC = 'REVERSAL_RATE_DESC',
  REVERSAL_RATE_ASC = 'REVERSAL_RATE_ASC',
  DECIDED_DESC = 'DECIDED_DESC',
}
registerEnumType(AuthorityOrder, {
  name: 'AuthorityOrder',
  description: 'Order of PracticeStats.byAuthority. Ties go to the authority with more cases, then by code; authorities without a case on the merits (no rate) come last.',
  valuesConfig: {
    REVERSAL_RATE_DESC: { description: 'Highest reversal rate first.' },
    REVERSAL_RATE_ASC: { description: 'Lowest reversal rate first.' },
    DECIDED_DESC: { description: 'Most cases decided first.' },
  },
});

export const MAX_AUTHORITIES = 500;
export const MAX_RULINGS = 100;

@ArgsType()
export class ByAuthorityArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many authorities, 0 to ${MAX_AUTHORITIES}.` })
  @IsInt({ message: 'first must be a whole number' })
  @Min(0, { message: `first must be from 0 to ${MAX_AUTHORITIES}` })
  @Max(MAX_AUTHORITIES, { message: `first must be from 0 to ${MAX_AUTHORITIES}` })
  first: number;

  @Field(() => AuthorityOrder, { defaultValue: AuthorityOrder.REVERSAL_RATE_DESC })
  @IsEnum(AuthorityOrder, { message: 'orderBy must be REVERSAL_RATE_DESC, REVERSAL_RATE_ASC or DECIDED_DESC' })
  orderBy: AuthorityOrder;

  @Field(() => Int, {
    defaultValue: 0,
    description: 'Leave out authorities with fewer cases on the merits than this: a rate of 1 case in 1 says little.',
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
