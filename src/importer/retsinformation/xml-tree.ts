import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DocumentRefusedError } from './document-problem';

/** An element of a LexDania document: name, attributes, and children in document order. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly (XmlElement | string)[];
}

// preserveOrder: a law's Stk, Index and Nota, and a ruling's Exitus lines, only mean something in
// their order; the parser's default object form would group siblings by name and lose it.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

function toElement(node: Ordered): XmlElement | string | undefined {
  if ('#text' in node) return String(node['#text']);
  const name = Object.keys(node).find((key) => key !== ':@');
  if (name === undefined || name.startsWith('?')) return undefined;
  const children = (node[name] as Ordered[]).map(toElement).filter((child) => child !== undefined);
  return { name, attributes: node[':@'] ?? {}, children };
}

/** Parses a document, refusing malformed XML with the parser's line and column. */
export function parseXmlDocument(text: string, file: string): XmlElement {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new DocumentRefusedError({
      file,
      element: '',
      message: `not well-formed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`,
      expected: 'a LexDania 2.1 XML document',
    });
  }
  const roots = (parser.parse(text) as Ordered[])
    .map(toElement)
    .filter((node): node is XmlElement => typeof node === 'object');
  if (roots.length !== 1 || roots[0].name !== 'Dokument') {
    throw new DocumentRefusedError({
      file,
      element: roots[0]?.name ?? '',
      message: `the root element is <${roots[0]?.name ?? 'none'}>`,
      expected: 'a LexDania 2.1 document, root element <Dokument>',
    });
  }
  return roots[0];
}

export const elementsOf = (element: XmlElement | undefined, name?: string): XmlElement[] =>
  (element?.children ?? []).filter(
    (child): child is XmlElement => typeof child === 'object' && (name === undefined || child.name === name),
  );

export const firstOf = (element: XmlElement | undefined, name: string): XmlElement | undefined =>
  elementsOf(element, name)[0];

/** All text below an element, as written (no whitespace normalised). */
export function textOf(element: XmlElement | string | undefined): string {
  if (element === undefined) return '';
  if (typeof element === 'string') return element;
  return element.children.map(textOf).join('');
}

/** Whitespace (including no-break spaces) collapsed and trimmed. */
export const clean = (text: string): string => text.replace(/[\s\u00A0\u200B]+/gu, ' ').trim();
