import type { ParagraphRecord } from '../paragraph/paragraph.type';

/**
 * Why a paragraph cannot be asked about on a date, in words a caseworker can act on: when it
 * was in force, and which numbering of it was in force on that date instead, e.g.
 * "SEL § 41 was in force until 2023-12-31; on 2024-06-01 use BL § 86".
 */
export function outOfForceMessage(
  paragraph: Pick<ParagraphRecord, 'ref' | 'validFrom' | 'validTo'>,
  asOf: string,
  successorsInForce: readonly string[],
  predecessorsInForce: readonly string[],
): string {
  const { ref, validFrom, validTo } = paragraph;
  const instead = (refs: readonly string[]) => refs.join(' or ');
  if (validFrom !== null && validFrom > asOf) {
    const came = `${ref} came into force on ${validFrom}`;
    return predecessorsInForce.length > 0
      ? `${came}; on ${asOf} use ${instead(predecessorsInForce)}`
      : `${came}; no earlier numbering of it was in force on ${asOf}`;
  }
  const until = `${ref} was in force until ${validTo}`;
  return successorsInForce.length > 0
    ? `${until}; on ${asOf} use ${instead(successorsInForce)}`
    : `${until} and no later numbering of it was in force on ${asOf}`;
}

/** The period a paragraph was in force, for the `expected` of the error. */
export function periodInForce(paragraph: Pick<ParagraphRecord, 'validFrom' | 'validTo'>): string {
  if (paragraph.validFrom !== null && paragraph.validTo !== null)
    return `from ${paragraph.validFrom} to ${paragraph.validTo}`;
  if (paragraph.validFrom !== null) return `from ${paragraph.validFrom}`;
  return `until ${paragraph.validTo}`;
}
