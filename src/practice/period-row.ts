import type { PeriodCountsRecord } from './practice.repository';

/**
 * The values of one period as by-period.cypher and cells-by-period.cypher return it: a list in
 * this order, not a map. A municipality × year table has a thousand periods and more, and Bolt
 * carries every key of a map in every row, which the driver then decodes string by string: the
 * national table of 1,111 periods took 88 ms as maps and 67 ms as lists (medians of 60
 * alternated runs of the dumped statement, bench/ANALYSIS.md).
 */
export const PERIOD_VALUES = [
  'code',
  'year',
  'quarter',
  'decided',
  'onMerits',
  'reversed',
  'reversalRate',
  'upheld',
  'changed',
  'annulled',
  'remanded',
  'dismissed',
] as const;

export type PeriodRow = [
  code: string | null,
  year: number,
  quarter: number | null,
  decided: number,
  onMerits: number,
  reversed: number,
  reversalRate: number | null,
  upheld: number,
  changed: number,
  annulled: number,
  remanded: number,
  dismissed: number,
];

/** One period's record from its row (PERIOD_VALUES). */
export function periodOf(row: PeriodRow): PeriodCountsRecord {
  const [
    code,
    year,
    quarter,
    decided,
    onMerits,
    reversed,
    reversalRate,
    upheld,
    changed,
    annulled,
    remanded,
    dismissed,
  ] = row;
  return {
    code,
    year,
    quarter,
    decided,
    onMerits,
    reversed,
    reversalRate,
    outcomes: { upheld, changed, annulled, remanded, dismissed },
  };
}
