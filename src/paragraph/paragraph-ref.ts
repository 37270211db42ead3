import { quoteInput, ReferenceFormatError } from '../shared/reference-format-error';
import { normalizeLawName, resolveLawId } from './law-aliases';

/**
 * One parser for paragraph references, used by the importer and by every GraphQL argument that
 * takes a paragraph, so "serviceloven §41" typed in a front end finds the node the importer
 * keyed as "SEL § 41".
 */

export interface ParsedParagraphRef {
  /** Law code, e.g. "SEL"; may be a code outside KNOWN_LAWS (see resolveLawId). */
  readonly lawId: string;
  /** Paragraph number with any letter attached and lower case: "41", "112", "5a". */
  readonly number: string;
  /** Stk. (subsection), if the reference names one; always >= 1. */
  readonly subsection?: number;
  /** The `Paragraph.ref` key: "SEL § 41", "SEL § 112 stk. 1", "SEL § 5a". */
  readonly canonical: string;
}

/** Shown in error messages; a reminder, not the full grammar. */
export const ACCEPTED_PARAGRAPH_FORMS: readonly string[] = [
  'SEL § 41',
  'SEL § 5a',
  'SEL § 112, stk. 1',
  'serviceloven § 41',
  'servicelovens § 41',
  '§ 41 serviceloven',
  'lov om social service § 41',
  'SEL paragraf 41',
];

const EXPECTED = `a law and a paragraph number, e.g. ${ACCEPTED_PARAGRAPH_FORMS.join('; ')}`;

const MAX_INPUT_LENGTH = 200;
const MAX_NUMBER_DIGITS = 4;
const MAX_SUBSECTION_DIGITS = 3;

// "§" or the word "paragraf" (which may run straight into the number: "paragraf41").
const MARKER = /§|(?<!\p{L})paragraf(?!\p{L})/gu;

/*
 * What follows the marker: number, optional letter, optional stk., then whatever is left (a
 * trailing law name, or junk). A letter separated by a space ("5 a") counts only when nothing but
 * a comma, "stk" or the end follows; otherwise "§ 41 i serviceloven" would silently become § 41i.
 */
const BODY =
  /^\s*(?<num>\d+)(?:(?<attached>[a-zæøå])(?![\p{L}\d])|\s(?<spaced>[a-zæøå])(?=\s*(?:,|stk(?!\p{L})|$)))?(?:\s*,?\s*(?<stk>stk(?!\p{L})\.?)\s*(?<sub>\d+)?)?(?<rest>.*)$/u;

const CANONICAL = /^(?<law>[A-Z]{2,8}) § (?<num>[1-9]\d{0,3}[a-zæøå]?)(?: stk\. (?<sub>[1-9]\d{0,2}))?$/u;

function fail(input: unknown, reason: string): never {
  throw new ReferenceFormatError(`Invalid paragraph reference ${quoteInput(input)}: ${reason}`, EXPECTED);
}

export function formatParagraphRef(parts: { lawId: string; number: string; subsection?: number }): string {
  const base = `${parts.lawId} § ${parts.number}`;
  return parts.subsection === undefined ? base : `${base} stk. ${parts.subsection}`;
}

// A large import names the same few hundred paragraphs a million times; parsing is pure, so the
// results of valid input are remembered (a bounded table, emptied when full; failures are not kept).
const MEMO_LIMIT = 10_000;
const parsed = new Map<string, ParsedParagraphRef>();

export function parseParagraphRef(input: string): ParsedParagraphRef {
  const known = parsed.get(input);
  if (known !== undefined) return known;
  const result = Object.freeze(parseUncached(input));
  if (parsed.size >= MEMO_LIMIT) parsed.clear();
  parsed.set(input, result);
  return result;
}

function parseUncached(input: string): ParsedParagraphRef {
  if (typeof input !== 'string') fail(input, 'not a string');
  if (input.length > MAX_INPUT_LENGTH) fail(input, `longer than ${MAX_INPUT_LENGTH} characters`);
  // normalizeLawName also collapses no-break spaces, which pasted legal text is full of.
  const text = normalizeLawName(input);
  if (text === '') fail(input, 'it is empty');

  const markers = [...text.matchAll(MARKER)];
  if (markers.length === 0) fail(input, 'there is no "§" (or the word "paragraf")');
  // "§§ 41-43" and similar name several paragraphs; one ref must be one node.
  if (markers.length > 1) fail(input, 'it names more than one paragraph');
  const marker = markers[0];
  const markerAt = marker.index ?? 0;

  const before = text.slice(0, markerAt).replace(/,\s*$/, '').trim();
  const body = BODY.exec(text.slice(markerAt + marker[0].length));
  if (!body?.groups) fail(input, 'the paragraph number is missing after "§"');
  const { num, attached, spaced, stk, sub, rest } = body.groups;

  if (num.length > MAX_NUMBER_DIGITS) fail(input, `the paragraph number has more than ${MAX_NUMBER_DIGITS} digits`);
  const numberValue = Number(num);
  if (numberValue === 0) fail(input, 'the paragraph number must be at least 1');

  let subsection: number | undefined;
  if (stk !== undefined) {
    if (sub === undefined) fail(input, 'the number after "stk." is missing');
    if (sub.length > MAX_SUBSECTION_DIGITS)
      fail(input, `the stk. number has more than ${MAX_SUBSECTION_DIGITS} digits`);
    subsection = Number(sub);
    if (subsection === 0) fail(input, 'stk. must be at least 1');
  }

  // Danish puts the law first ("serviceloven § 41") or last ("§ 41 i serviceloven"), never both.
  const after = rest
    .replace(/^\s*,?\s*/, '')
    .replace(/^i\s+/, '')
    .trim();
  if (before !== '' && after !== '') fail(input, `unexpected text ${quoteInput(after)} after the paragraph`);
  const lawText = before !== '' ? before : after;
  if (lawText === '') fail(input, 'the law is missing (write e.g. "SEL § 41" or "serviceloven § 41")');
  const lawId = resolveLawId(lawText);
  if (lawId === undefined) fail(input, `unknown law ${quoteInput(lawText)}`);

  // Leading zeros are dropped so "§ 041" and "§ 41" are one node.
  const number = `${numberValue}${attached ?? spaced ?? ''}`;
  return { lawId, number, subsection, canonical: formatParagraphRef({ lawId, number, subsection }) };
}

export function tryParseParagraphRef(input: string): ParsedParagraphRef | undefined {
  try {
    return parseParagraphRef(input);
  } catch (error) {
    if (error instanceof ReferenceFormatError) return undefined;
    throw error;
  }
}

/** True only for the exact canonical spelling, which is what stored `Paragraph.ref` keys use. */
export function isCanonicalParagraphRef(text: string): boolean {
  return CANONICAL.test(text);
}

/**
 * The law id of a canonical ref ("SEL § 41" -> "SEL"), without re-resolving aliases. Throws on
 * anything that is not canonical, because a non-canonical string here means a key was stored or
 * built without going through parseParagraphRef.
 */
export function lawIdOfRef(canonical: string): string {
  const m = CANONICAL.exec(canonical);
  if (!m?.groups) {
    throw new ReferenceFormatError(
      `Not a canonical paragraph reference: ${quoteInput(canonical)}`,
      'the canonical form, e.g. "SEL § 41" or "SEL § 112 stk. 1"',
    );
  }
  return m.groups.law;
}
