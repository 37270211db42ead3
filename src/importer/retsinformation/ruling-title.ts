import { RULING_NUMBER_EXPECTED, tryParseRulingNumber } from '../../ruling/ruling-number';

/** What a principle ruling's title states: its number and the chain of subject keywords. */
export interface RulingTitle {
  number: string;
  keywords: string[];
}

// "Ankestyrelsens principmeddelelse 11-23 om ..." (newer) or "... principafgørelse C-16-99 om ..."
// (older, letter form, sometimes "SM C-16-99").
const TITLE =
  /princip(?:meddelelse|afgørelse)\s+(?<number>(?:SM\s+)?(?:[A-ZÆØÅ]\s*-\s*)?\d{1,3}\s*-\s*\d{2})(?!\d)\s*(?:om\s+)?(?<subject>.*)$/iu;

export const RULING_TITLE_EXPECTED = `a title such as "Ankestyrelsens principmeddelelse 11-23 om ‹subject›" with ${RULING_NUMBER_EXPECTED}`;

/** The number and keywords of a title, or undefined when the title states no ruling number. */
export function parseRulingTitle(title: string): RulingTitle | undefined {
  const match = TITLE.exec(title);
  const number = match?.groups && tryParseRulingNumber(match.groups.number);
  if (!match?.groups || number === undefined) return undefined;
  // Keywords are separated by " - " or " – "; a hyphen inside a word ("børne- og ungeydelse") is not a separator.
  const keywords = match.groups.subject
    .split(/\s[-–]\s/u)
    .map((keyword) => keyword.trim())
    .filter(Boolean);
  return { number, keywords: [...new Set(keywords)] };
}
