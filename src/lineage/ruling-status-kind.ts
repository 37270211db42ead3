import { registerEnumType } from 'type-graphql';

export enum RulingStatusKind {
  IN_FORCE = 'IN_FORCE',
  PARTIALLY_REPEALED = 'PARTIALLY_REPEALED',
  REPEALED = 'REPEALED',
  NOT_YET_ISSUED = 'NOT_YET_ISSUED',
}
registerEnumType(RulingStatusKind, {
  name: 'RulingStatusKind',
  description: 'Whether a ruling is good law on a date.',
  valuesConfig: {
    IN_FORCE: { description: 'Issued on or before the date and not repealed by then.' },
    PARTIALLY_REPEALED: { description: 'Partly repealed by the date, and not fully.' },
    REPEALED: { description: 'Fully repealed on or before the date.' },
    NOT_YET_ISSUED: {
      description: 'Decided after the date (for a date known to the month or year only: before that month or year).',
    },
  },
});
