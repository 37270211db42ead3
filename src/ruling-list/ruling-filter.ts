import { BadUserInputError } from '../errors';
import { parseArgument } from '../graphql/reference-input';
import { parseLawArgument } from '../paragraph/law-argument';
import { parseParagraphRef } from '../paragraph/paragraph-ref';
import type { RulingFilter } from './ruling-filter.input';

/** Far enough apart that every stored YYYY-MM-DD lies between them, as strings. */
export const EARLIEST_DATE = '0000-01-01';
export const LATEST_DATE = '9999-12-31';

/**
 * A RulingFilter checked and made canonical, in the shape the ruling-list Cypher takes as
 * parameters: every key present (null when unused), so each statement can test "$x IS NULL".
 */
export interface RulingFilterParams {
  law: string | null;
  paragraph: string | null;
  withPredecessors: boolean;
  area: string | null;
  statuses: string[] | null;
  asOf: string;
  decidedFrom: string;
  decidedTo: string;
}

export function hasDateRange(filter: RulingFilterParams): boolean {
  return filter.decidedFrom !== EARLIEST_DATE || filter.decidedTo !== LATEST_DATE;
}

/** True when nothing narrows the list, so the total can come from the count store. */
export function isUnfiltered(filter: RulingFilterParams): boolean {
  return (
    filter.law === null &&
    filter.paragraph === null &&
    filter.area === null &&
    filter.statuses === null &&
    !hasDateRange(filter)
  );
}

export function normaliseRulingFilter(filter: RulingFilter | null | undefined, today: string): RulingFilterParams {
  const decidedFrom = filter?.decidedFrom ?? EARLIEST_DATE;
  const decidedTo = filter?.decidedTo ?? LATEST_DATE;
  if (decidedFrom > decidedTo) {
    throw new BadUserInputError(`filter.decidedFrom (${decidedFrom}) is after filter.decidedTo (${decidedTo})`, {
      field: 'filter.decidedFrom',
      expected: 'a date on or before decidedTo',
    });
  }
  const paragraph = filter?.paragraph
    ? parseArgument('filter.paragraph', () => parseParagraphRef(filter.paragraph!).canonical)
    : null;
  return {
    law: filter?.law ? parseLawArgument('filter.law', filter.law) : null,
    paragraph,
    withPredecessors: paragraph !== null && (filter?.includePredecessors ?? false),
    area: filter?.area ?? null,
    // Sorted and deduplicated, so equal filters give equal parameters.
    statuses: filter?.status ? [...new Set(filter.status)].sort() : null,
    asOf: filter?.asOf ?? today,
    decidedFrom,
    decidedTo,
  };
}
