import { knownLaw, knownLawAliases, normalizeLawName, resolveLawId } from '../../paragraph/law-aliases';

/**
 * Laws as the official documents name them: "Bekendtgørelse af lov om social service",
 * "lov om en børne- og ungeydelse", "barnets lov", "serviceloven". Known names come from the one
 * table of law names (src/paragraph/law-aliases.ts); a law missing from it gets an id derived
 * from its name, which the review report lists so that the table can be extended.
 */
export interface NamedLaw {
  id: string;
  /** The law's name as the document writes it, without "Bekendtgørelse af". */
  name: string;
  /** True when the id was derived from the name, not found in the table. */
  derived: boolean;
}

const PROMULGATION = /^bekendtgørelse af\s+/i;
// Where a law's name ends in a line: ", senest bekendtgjort ...", " - lovbekendtgørelse nr. ...", " (...".
const NAME_END = /\s*(?:,|\s[-–]\s|\(|;|:)/u;
const LAW_NAME_SHAPE = /^(?:lov om .{3,}|barnets lov|\p{L}+loven)$/iu;

const DANISH_LETTERS: Record<string, string> = { æ: 'AE', ø: 'OE', å: 'AA' };
const SMALL_WORDS = new Set([
  'om',
  'af',
  'og',
  'en',
  'et',
  'for',
  'til',
  'i',
  'på',
  'med',
  'm.v.',
  'mv.',
  'det',
  'de',
  'den',
]);

/** Three letters from the name (FNV-1a), so that two unknown laws with the same initials differ. */
function checkLetters(name: string): string {
  let hash = 0x811c9dc5;
  for (const char of name) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return [0, 1, 2].map((i) => String.fromCharCode(65 + (Math.floor(hash / 26 ** i) % 26))).join('');
}

/**
 * "lov om forebyggende hjemmebesøg" -> "LFH" and three check letters from the whole name: L for
 * lov, the initials of its words (at most four), then the check letters. Stable for one name, and
 * never a known law's id (those have no check letters, and are at most four letters long).
 */
export function deriveLawId(name: string): string {
  const normal = normalizeLawName(name);
  const words = normal
    .replace(/^lov om\s+/, '')
    .split(/[\s-]+/)
    .filter((word) => word && !SMALL_WORDS.has(word));
  const initials = words
    .map((word) => word[0])
    .join('')
    .replace(/[æøå]/g, (letter) => DANISH_LETTERS[letter])
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
  // A code containing "LOV" would read as a law name to resolveLawId, not as a code.
  return `L${initials.slice(0, 4)}${checkLetters(normal)}`.replace('LOV', 'LXV');
}

/** The law a title or a line of the rules starts with, or undefined when it does not name one. */
export function lawNamedAtStart(text: string): NamedLaw | undefined {
  const name = text.replace(PROMULGATION, '').split(NAME_END)[0].trim().replace(/\.$/, '');
  if (name === '') return undefined;
  const id = resolveLawId(name);
  if (id !== undefined && knownLaw(id)) return { id, name, derived: false };
  if (!LAW_NAME_SHAPE.test(name) || /^lov om ændring af/i.test(name)) return undefined;
  return { id: deriveLawId(name), name, derived: true };
}

// Aliases searched for inside running text; bare codes ("BL", "PL") are too short to find safely.
const SEARCHABLE = [...knownLawAliases()]
  .filter(([alias]) => alias.length > 4)
  .sort((a, b) => b[0].length - a[0].length)
  .map(([alias, id]) => ({
    id,
    pattern: new RegExp(`(?<![\\p{L}\\d])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?(?![\\p{L}\\d])`, 'u'),
  }));

/** The ids of every known law named anywhere in a line (a name, popular name or genitive form). */
export function knownLawsNamedIn(text: string): string[] {
  const line = normalizeLawName(text);
  const ids = new Set<string>();
  for (const { id, pattern } of SEARCHABLE) if (pattern.test(line)) ids.add(id);
  return [...ids];
}

/** Title and short title of a law for its Law record: the table's, else the document's. */
export function lawTitles(law: NamedLaw, popularTitle?: string): { title: string; shortTitle: string } {
  const known = knownLaw(law.id);
  const title = known?.title ?? law.name.charAt(0).toUpperCase() + law.name.slice(1);
  return { title, shortTitle: known?.shortTitle ?? popularTitle ?? title.slice(0, 120) };
}
