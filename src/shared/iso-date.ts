import { quoteInput, ReferenceFormatError } from './reference-format-error';

/**
 * Dates are plain `YYYY-MM-DD` strings throughout (import records, Neo4j properties, GraphQL
 * `Date`), so they compare correctly as strings and carry no time zone to get wrong.
 */
export type IsoDate = string;

export const ISO_DATE_EXPECTED = 'a date as YYYY-MM-DD, e.g. 2019-05-02';

const ISO_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why text is not a calendar date as YYYY-MM-DD (form, or a month or day that does not exist); undefined if it is one. */
export function dateProblem(text: unknown): string | undefined {
  if (typeof text !== 'string') return 'not a string';
  // No trimming or other leniency: a date that needs repair points at a broken data source,
  // and the importer should report it rather than guess.
  const m = ISO_DATE_SHAPE.exec(text);
  if (!m) return 'not in the form YYYY-MM-DD';
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `month ${m[2]} does not exist`;
  if (day < 1 || day > daysInMonth(year, month)) return `day ${m[3]} does not exist in ${m[1]}-${m[2]}`;
  return undefined;
}

export function isIsoDate(text: unknown): text is IsoDate {
  return dateProblem(text) === undefined;
}

/** Returns `text` unchanged if it is a real calendar date as `YYYY-MM-DD`, else throws. */
export function parseIsoDate(text: string): IsoDate {
  const problem = dateProblem(text);
  if (problem !== undefined) {
    throw new ReferenceFormatError(`Invalid date ${quoteInput(text)}: ${problem}`, ISO_DATE_EXPECTED);
  }
  return text;
}

/**
 * Today in UTC, the default `asOf` for status queries. UTC rather than server-local time so
 * that the answer does not depend on where the server runs. `now` is a parameter for tests.
 */
export function todayIso(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}
