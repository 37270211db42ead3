import type { LineStyle } from './body-lines';

/** The parts of a principle ruling's text that facts are read from. */
export type RulingSection = 'summary' | 'background' | 'rules' | 'otherRulings' | 'decisions';

// Headings of both eras (newer principmeddelelse, older principafgørelse), compared in lower case
// without a trailing colon. Main headings are Bold in the documents, sub-headings Italic.
const HEADINGS: readonly { text: string; section?: RulingSection; style: LineStyle }[] = [
  { text: 'principmeddelelsen fastslår', section: 'summary', style: 'bold' },
  { text: 'resumé', section: 'summary', style: 'bold' },
  { text: 'baggrund for at behandle sagerne principielt', section: 'background', style: 'bold' },
  { text: 'baggrund for at behandle sagen principielt', section: 'background', style: 'bold' },
  { text: 'baggrund for at behandle sagen', section: 'background', style: 'bold' },
  { text: 'reglerne', section: 'rules', style: 'bold' },
  { text: 'lov', section: 'rules', style: 'bold' },
  { text: 'love og bekendtgørelser', section: 'rules', style: 'italic' },
  { text: 'praksis', section: 'otherRulings', style: 'italic' },
  { text: 'andre principafgørelser', section: 'otherRulings', style: 'bold' },
  { text: 'andre principmeddelelser', section: 'otherRulings', style: 'bold' },
  { text: 'de konkrete afgørelser', section: 'decisions', style: 'bold' },
  { text: 'den konkrete afgørelse', section: 'decisions', style: 'bold' },
];

const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/\s*:\s*$/, '')
    .trim();

function headingOf(text: string) {
  const key = normal(text);
  return HEADINGS.find((heading) => heading.text === key);
}

/** For bodyLines: a line whose words are a known heading is one, however it is formatted. */
export function knownRulingHeading(text: string): LineStyle | undefined {
  return headingOf(text)?.style;
}

/** The section a heading line opens, or undefined when the line is not a known heading. */
export function sectionOpenedBy(text: string): RulingSection | undefined {
  return headingOf(text)?.section;
}
