/**
 * Paragraph references as principle rulings write them in their rules section: "§ 4",
 * "§ 4, stk. 1", "§ 2, stk. 1, nr. 2", "§ 1 a", "§§ 41 og 42". What a line says beyond those
 * forms ("§ 41, stk. 1 og 2", "§§ 41-43", "§ 41 eller § 42") is not guessed at: the line is then
 * reported as unclear and goes to review.
 */
export interface ParagraphMention {
  /** Number with its letter, as the graph keys it: "4", "1a". */
  number: string;
  stk?: number;
  nr?: number;
  /** The words of the line that named it, e.g. "§ 2, stk. 1, nr. 2". */
  text: string;
}

export interface LineReferences {
  mentions: ParagraphMention[];
  /** Set when the line names paragraphs in a form not understood for sure; nothing is taken from it. */
  unclear?: string;
}

// A letter written apart from the number ("§ 1 a") is a letter only when the reference ends there;
// "§ 41 i serviceloven" is § 41 of serviceloven, not § 41 i.
const NUMBER = String.raw`(\d{1,4})(?:([a-zæøå])(?![\p{L}\d])|\s([a-zæøå])(?=\s*(?:,|\.|;|\)|$|og\s|-\s|–\s)))?`;
const SINGLE = new RegExp(String.raw`§\s*${NUMBER}(?:\s*,\s*stk\.\s*(\d{1,3}))?(?:\s*,\s*nr\.\s*(\d{1,3}))?`, 'gu');
const MULTIPLE = new RegExp(String.raw`§§\s*(${NUMBER}(?:\s*(?:,|og)\s*${NUMBER})+)(?![\d,\s]*(?:stk|nr)\.)`, 'gu');
const NUMBER_ONLY = new RegExp(NUMBER, 'gu');
// Forms that name several subsections, items or a range in one go: not one node each for sure.
const UNCLEAR =
  /§§?\s*\d+[^§]*?(?:stk\.\s*\d+\s*(?:og|-|–|eller)\s*\d+|nr\.\s*\d+\s*(?:og|-|–|eller)\s*\d+|\d\s*[-–]\s*\d+)|eller\s+§|§§\s*\d+[^§]*?stk\./u;

const numberOf = (digits: string, attached?: string, spaced?: string) => `${Number(digits)}${attached ?? spaced ?? ''}`;

export function paragraphReferencesIn(line: string): LineReferences {
  if (!line.includes('§')) return { mentions: [] };
  const unclear = UNCLEAR.exec(line);
  if (unclear)
    return { mentions: [], unclear: `"${unclear[0]}" names several paragraphs, subsections or items in one form` };
  const mentions: ParagraphMention[] = [];
  let rest = line;
  for (const match of line.matchAll(MULTIPLE)) {
    for (const number of match[1].matchAll(NUMBER_ONLY)) {
      mentions.push({ number: numberOf(number[1], number[2], number[3]), text: match[0] });
    }
    rest = rest.replace(match[0], ' ');
  }
  for (const match of rest.matchAll(SINGLE)) {
    if (match.index !== undefined && rest[match.index + 1] === '§') continue;
    const [text, digits, attached, spaced, stk, nr] = match;
    mentions.push({
      number: numberOf(digits, attached, spaced),
      stk: stk ? Number(stk) : undefined,
      nr: nr ? Number(nr) : undefined,
      text: text.trim(),
    });
  }
  if (mentions.length === 0) return { mentions: [], unclear: 'a "§" not followed by a paragraph number' };
  return { mentions };
}
