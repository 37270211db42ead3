import { quoteInput, ReferenceFormatError } from '../shared/reference-format-error';

/**
 * Principle ruling numbers, the `Ruling.number` key. Ankestyrelsen has used two series: a
 * running `NN-YY` since about 2009, and before that `L-NN-YY` with a letter for the area,
 * often cited with the prefix "SM " (Sociale Meddelelser). Both are accepted; the canonical
 * form drops the prefix, upper-cases the letter and strips leading zeros, so that every
 * spelling of one ruling reaches the same node.
 */

export type RulingSeries = 'RUNNING' | 'LETTERED';

export interface ParsedRulingNumber {
  readonly series: RulingSeries;
  /** Area letter of the lettered series ("C" social services, "U" work injury, ...). */
  readonly letter?: string;
  readonly number: number;
  /** Four-digit year, see rulingYear. */
  readonly year: number;
  /** "51-19", "C-16-99". */
  readonly canonical: string;
}

export const RULING_NUMBER_EXPECTED =
  'a ruling number as NN-YY (e.g. 51-19, 4-24) or L-NN-YY (e.g. C-16-99, optionally "SM C-16-99")';

const MAX_INPUT_LENGTH = 40;

// "SM" belongs to the lettered series only; "SM 51-19" mixes the two and is more likely a typo
// than a citation, so it is refused rather than guessed at.
const SHAPE = /^(?:(?<sm>SM)\s+)?(?:(?<letter>[A-Z])\s*-\s*)?(?<num>\d{1,3})\s*-\s*(?<yy>\d{2})$/;

function fail(input: unknown, reason: string): never {
  throw new ReferenceFormatError(`Invalid ruling number ${quoteInput(input)}: ${reason}`, RULING_NUMBER_EXPECTED);
}

/**
 * Two-digit years pivot at 50: the lettered series goes back to the 1990s and earlier, and the
 * running series will not reach 2050 within this system's life.
 */
function fullYear(yy: number): number {
  return yy >= 50 ? 1900 + yy : 2000 + yy;
}

export function parseRulingNumberParts(input: string): ParsedRulingNumber {
  if (typeof input !== 'string') fail(input, 'not a string');
  if (input.length > MAX_INPUT_LENGTH) fail(input, `longer than ${MAX_INPUT_LENGTH} characters`);
  const text = input
    .replace(/[\s\u200B]+/gu, ' ')
    .trim()
    .toUpperCase();
  if (text === '') fail(input, 'it is empty');

  const m = SHAPE.exec(text);
  if (!m?.groups) fail(input, 'not in either accepted form');
  const { sm, letter, num, yy } = m.groups;
  if (sm !== undefined && letter === undefined)
    fail(input, 'the "SM" prefix is only used with the lettered form (SM C-16-99)');

  const number = Number(num);
  if (number === 0) fail(input, 'the number must be at least 1');
  const canonical = letter === undefined ? `${number}-${yy}` : `${letter}-${number}-${yy}`;
  return {
    series: letter === undefined ? 'RUNNING' : 'LETTERED',
    letter,
    number,
    year: fullYear(Number(yy)),
    canonical,
  };
}

/** Canonical ruling number ("sm c-016-99" -> "C-16-99"); throws ReferenceFormatError otherwise. */
// Complaint cases name the same popular rulings again and again (applied); parsing is pure, so
// the canonical forms of valid input are remembered (bounded, emptied when full).
const MEMO_LIMIT = 10_000;
const canonicalNumbers = new Map<string, string>();

export function parseRulingNumber(input: string): string {
  const known = canonicalNumbers.get(input);
  if (known !== undefined) return known;
  const canonical = parseRulingNumberParts(input).canonical;
  if (canonicalNumbers.size >= MEMO_LIMIT) canonicalNumbers.clear();
  canonicalNumbers.set(input, canonical);
  return canonical;
}

export function tryParseRulingNumber(input: string): string | undefined {
  try {
    return parseRulingNumber(input);
  } catch (error) {
    if (error instanceof ReferenceFormatError) return undefined;
    throw error;
  }
}

/**
 * The four-digit year a ruling number carries, for sorting and for checking that `decidedOn`
 * agrees with the number. Accepts any accepted spelling, not only canonical ones.
 */
export function rulingYear(canonical: string): number {
  return parseRulingNumberParts(canonical).year;
}
