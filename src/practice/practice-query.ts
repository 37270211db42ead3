import { BadUserInputError } from '../errors';
import { parseArgument } from '../graphql/reference-input';
import { resolveLawId } from '../paragraph/law-aliases';
import { parseParagraphRef } from '../paragraph/paragraph-ref';
import type { ParagraphPracticeFilter, PracticeFilter } from './practice-filter.input';

/**
 * A practice filter in canonical form: what the aggregation statements receive, and (as a JSON
 * string) what the practice DataLoaders are keyed by, so two spellings of one filter ("SEL" and
 * "serviceloven") share one aggregation in a request.
 */
export interface PracticeQuery {
  /** Canonical paragraph ref. */
  paragraph: string | null;
  /** Only meaningful with a paragraph; normalised to true without one so keys stay canonical. */
  includePredecessors: boolean;
  law: string | null;
  authority: string | null;
  area: string | null;
  decidedFrom: string | null;
  decidedTo: string | null;
}

const FIELDS = ['paragraph', 'includePredecessors', 'law', 'authority', 'area', 'decidedFrom', 'decidedTo'] as const;

/** Validates and canonicalises a filter; every problem is BAD_USER_INPUT naming the field. */
export function normalisePracticeFilter(
  filter: PracticeFilter | ParagraphPracticeFilter | null | undefined,
  paragraphRef?: string,
): PracticeQuery {
  const given = (filter ?? {}) as Partial<PracticeFilter>;
  const paragraphText = paragraphRef ?? given.paragraph ?? null;
  const paragraph =
    paragraphText === null ? null : parseArgument('filter.paragraph', () => parseParagraphRef(paragraphText).canonical);
  let law: string | null = null;
  if (given.law !== undefined && given.law !== null) {
    law = resolveLawId(given.law) ?? null;
    if (law === null) {
      throw new BadUserInputError(`filter.law: "${given.law}" names no law`, {
        field: 'filter.law',
        expected: 'a law code or name, e.g. SEL, serviceloven, BL',
      });
    }
  }
  const decidedFrom = given.decidedFrom ?? null;
  const decidedTo = given.decidedTo ?? null;
  if (decidedFrom !== null && decidedTo !== null && decidedFrom > decidedTo) {
    throw new BadUserInputError(`filter.decidedFrom (${decidedFrom}) is after filter.decidedTo (${decidedTo})`, {
      field: 'filter.decidedFrom',
      expected: 'a date on or before decidedTo',
    });
  }
  return {
    paragraph,
    includePredecessors: paragraph === null ? true : (given.includePredecessors ?? true),
    law,
    authority: given.authority?.trim() || null,
    area: given.area ?? null,
    decidedFrom,
    decidedTo,
  };
}

/** The same filter without the authority restriction: the base of an authority's nationalRate. */
export function withoutAuthority(query: PracticeQuery): PracticeQuery {
  return { ...query, authority: null };
}

/** Fields in a fixed order, so equal filters give equal keys. */
export function practiceKey(query: PracticeQuery): string {
  return JSON.stringify(FIELDS.map((field) => query[field]));
}

export function parsePracticeKey(key: string): PracticeQuery {
  const values = JSON.parse(key) as unknown[];
  return Object.fromEntries(FIELDS.map((field, index) => [field, values[index]])) as unknown as PracticeQuery;
}
