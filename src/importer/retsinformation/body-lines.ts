import { clean, elementsOf, firstOf, textOf, type XmlElement } from './xml-tree';

export type LineStyle = 'bold' | 'italic' | 'plain';

/** One line of a document's text, with the headings above it (for a fact's source location). */
export interface BodyLine {
  text: string;
  style: LineStyle;
  /** 1-based position among the non-blank lines of its part (Resume or TekstGruppe). */
  number: number;
  /** The nearest main (bold) heading above it, and the sub-heading (italic) under that, if any. */
  heading?: string;
  subHeading?: string;
}

interface RawLine {
  text: string;
  style: LineStyle;
}

/**
 * A line is a heading only when all of its text is Bold (or all Italic); a bold word inside a
 * sentence does not make the sentence a heading.
 */
function styleOf(chars: XmlElement[]): LineStyle {
  const written = chars.filter((char) => clean(textOf(char)) !== '');
  if (written.length === 0) return 'plain';
  const forms = new Set(written.map((char) => char.attributes.formaChar ?? ''));
  if (forms.size !== 1) return 'plain';
  const form = [...forms][0];
  return form === 'Bold' ? 'bold' : form === 'Italic' ? 'italic' : 'plain';
}

// A footnote's marker in the text it annotates ("1)" set superscript); the note itself is a Nota.
const isFootnoteMarker = (char: XmlElement) =>
  char.attributes.formaChar === 'Superscript' && /^\s*\d+\)\s*$/.test(textOf(char));

function lineOf(linea: XmlElement): RawLine {
  // A line may be split over several Chars ("§ 4, " + bold "stk. 1"); they are one line.
  const chars = elementsOf(linea, 'Char').filter((char) => !isFootnoteMarker(char));
  const parts = chars.length ? chars : [linea];
  return { text: clean(parts.map(textOf).join('')), style: styleOf(chars) };
}

/** Lines of a container in document order; an empty <Exitus/> is a blank line (''). */
function rawLines(element: XmlElement, out: RawLine[]): void {
  for (const child of elementsOf(element)) {
    if (child.name === 'Exitus') {
      const lineas = elementsOf(child, 'Linea');
      if (lineas.length === 0) out.push({ text: '', style: 'plain' });
      for (const linea of lineas) out.push(lineOf(linea));
      // Lists nested in a paragraph of text.
      for (const nested of elementsOf(child, 'Index')) rawLines(nested, out);
    } else if (child.name === 'Linea') {
      // Headings (Rubrica, Titel) hold their lines directly.
      out.push(lineOf(child));
    } else if (child.name === 'Indentatio') {
      // A bullet ("•") or numbered ("1)") item: its marker goes in front of its first line.
      const marker = clean(textOf(firstOf(child, 'Explicatus')));
      const item: RawLine[] = [];
      rawLines(child, item);
      const first = item.findIndex((line) => line.text !== '');
      if (first >= 0 && marker) item[first] = { text: `${marker} ${item[first].text}`, style: 'plain' };
      out.push(...item);
    } else if (child.name !== 'Explicatus' && child.name !== 'Nota') {
      // Footnotes (Nota) are not part of the text they annotate; law-document.ts reads them apart.
      rawLines(child, out);
    }
  }
}

// A number standing alone ("2.") before a heading, and a trailing colon, belong to the heading.
const SECTION_NUMBER = /^\d+\.?$/;

/**
 * The text of an element as lines with their headings; blank lines are dropped. knownHeading
 * recognises headings by their words too, since older documents do not always format them.
 */
export function bodyLines(
  element: XmlElement | undefined,
  knownHeading: (text: string) => LineStyle | undefined = () => undefined,
): BodyLine[] {
  if (element === undefined) return [];
  const raw: RawLine[] = [];
  rawLines(element, raw);
  const lines: BodyLine[] = [];
  let heading: string | undefined;
  let subHeading: string | undefined;
  for (const line of raw) {
    if (line.text === '' || SECTION_NUMBER.test(line.text)) continue;
    const style = line.style === 'plain' ? (knownHeading(line.text) ?? 'plain') : line.style;
    const entry: BodyLine = { text: line.text, style, number: lines.length + 1, heading, subHeading };
    lines.push(entry);
    if (style === 'bold') {
      heading = line.text;
      subHeading = undefined;
    } else if (style === 'italic') {
      subHeading = line.text;
    }
  }
  return lines;
}

/** Where a line stands, for a fact's source: "Reglerne › Love og bekendtgørelser, line 14". */
export function locationOf(part: string, line: BodyLine): string {
  const headings = [line.heading, line.subHeading].filter((text): text is string => Boolean(text));
  return `${part}${headings.length ? ` › ${headings.join(' › ')}` : ''}, line ${line.number}`;
}

/** The lines as text, keeping the line structure (blank lines between paragraphs are dropped). */
export const joinLines = (lines: readonly BodyLine[]): string => lines.map((line) => line.text).join('\n');
