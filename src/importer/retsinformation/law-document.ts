import { bodyLines, joinLines } from './body-lines';
import { DocumentRefusedError } from './document-problem';
import type { EliMetadata } from './eli-metadata';
import { lawNamedAtStart, type NamedLaw } from './law-names';
import type { DocumentMeta } from './meta';
import { clean, elementsOf, firstOf, textOf, type XmlElement } from './xml-tree';

/** A paragraph (Paragraf) of one law version. */
export interface LawParagraph {
  /** As the graph keys it: "1", "1a", "86". */
  number: string;
  /** As the law writes it: "§ 1 a". */
  label: string;
  /** The heading above the paragraph, where the law puts one. */
  title?: string;
  chapter?: string;
  subsections: { number: number; text: string }[];
  footnotes: string[];
  repealed: boolean;
  location: string;
}

/** What one LBK or LOV document (with its ELI metadata, if given) states. */
export interface LawDocument {
  kind: 'law';
  file: string;
  eli: string;
  law: NamedLaw;
  title: string;
  popularTitle?: string;
  accessionNumber?: string;
  documentType: string;
  documentDate: string;
  startDate?: string;
  inForce: boolean;
  endedOn?: string;
  shortTitle?: string;
  consolidates: string[];
  changedBy: string[];
  paragraphs: LawParagraph[];
}

const REPEALED = /^\(ophævet\)\.?$/iu;
const PARAGRAPH_NUMBER = /^§\s*(\d{1,4})\s*([a-zæøå])?\.?$/iu;

function paragraphOf(
  paragraf: XmlElement,
  chapter: string | undefined,
  title: string | undefined,
  file: string,
  index: number,
): LawParagraph {
  const label = clean(textOf(firstOf(paragraf, 'Explicatus'))).replace(/\.$/, '');
  const fromLabel = PARAGRAPH_NUMBER.exec(label);
  const localId = paragraf.attributes.localId?.toLowerCase();
  const number =
    localId && /^\d{1,4}[a-zæøå]?$/.test(localId)
      ? localId.replace(/^0+/, '')
      : fromLabel
        ? `${Number(fromLabel[1])}${fromLabel[2]?.toLowerCase() ?? ''}`
        : undefined;
  if (!number) {
    throw new DocumentRefusedError({
      file,
      element: `Paragraf[${index + 1}]`,
      message: `no paragraph number in localId "${paragraf.attributes.localId ?? ''}" or label "${label}"`,
      expected: 'localId like "1a" or an Explicatus like "§ 1 a."',
    });
  }
  const subsections = elementsOf(paragraf, 'Stk')
    .map((stk, position) => {
      const explicit = /stk\.\s*(\d+)/i.exec(textOf(firstOf(stk, 'Explicatus')));
      return { number: explicit ? Number(explicit[1]) : position + 1, text: joinLines(bodyLines(stk)) };
    })
    .filter((stk) => stk.text !== '');
  const notes = [
    ...elementsOf(paragraf, 'Nota'),
    ...elementsOf(paragraf, 'Stk').flatMap((stk) => elementsOf(stk, 'Nota')),
  ];
  const footnotes = notes
    .map((nota) => clean(`${textOf(firstOf(nota, 'Explicatus'))} ${joinLines(bodyLines(nota))}`))
    .filter(Boolean);
  const allText = subsections
    .map((stk) => stk.text)
    .join(' ')
    .trim();
  return {
    number,
    label: label || `§ ${number}`,
    title,
    chapter,
    subsections,
    footnotes,
    repealed: REPEALED.test(allText),
    location: `Paragraf localId=${paragraf.attributes.localId ?? number} (${label || `§ ${number}`})`,
  };
}

/** Every Paragraf in document order, with its chapter and the heading above it. */
function paragraphsOf(element: XmlElement | undefined, file: string): LawParagraph[] {
  const found: LawParagraph[] = [];
  const walk = (node: XmlElement, chapter: string | undefined) => {
    let heading: string | undefined;
    for (const child of elementsOf(node)) {
      if (child.name === 'Kapitel') {
        const label = clean(textOf(firstOf(child, 'Explicatus')));
        const rubrica = clean(joinLines(bodyLines(firstOf(child, 'Rubrica'))).replace(/\n/g, ' '));
        walk(child, [label, rubrica].filter(Boolean).join(' ') || undefined);
      } else if (child.name === 'Rubrica' && node.name !== 'Kapitel') {
        // A heading above a single paragraph (or a group of them) titles what follows it.
        heading = clean(joinLines(bodyLines(child)).replace(/\n/g, ' ')) || undefined;
      } else if (child.name === 'Paragraf') {
        found.push(paragraphOf(child, chapter, heading, file, found.length));
        heading = undefined;
      } else if (child.name !== 'Meta' && child.name !== 'Nota') {
        walk(child, chapter);
      }
    }
  };
  if (element) walk(element, undefined);
  return found;
}

export function readLawDocument(meta: DocumentMeta, root: XmlElement, metadata: EliMetadata | undefined): LawDocument {
  const { file } = meta;
  const eli = meta.eli('lta');
  const title = meta.required('DocumentTitle', 'the law\'s title, e.g. "Bekendtgørelse af lov om social service"');
  const popularTitle = meta.optional('PopularTitle') ?? metadata?.popularTitle;
  const law = lawNamedAtStart(title) ?? (popularTitle ? lawNamedAtStart(popularTitle) : undefined);
  if (!law) {
    throw new DocumentRefusedError({
      file,
      element: 'Meta/DocumentTitle',
      message: `no law name in "${title}"`,
      expected: 'a title naming the law, e.g. "Bekendtgørelse af lov om social service" or "Barnets lov"',
    });
  }
  const documentDate = meta.requiredDate('DiesSigni', 'the date of the document');
  const typeOfDocument = meta.required('DocumentType', 'a document type');
  const paragraphs = paragraphsOf(firstOf(root, 'DokumentIndhold'), file);
  const seen = new Set<string>();
  for (const paragraph of paragraphs) {
    if (seen.has(paragraph.number)) {
      throw new DocumentRefusedError({
        file,
        element: paragraph.location,
        message: `§ ${paragraph.number} appears twice`,
        expected: 'each paragraph number once per law',
      });
    }
    seen.add(paragraph.number);
  }
  return {
    kind: 'law',
    file,
    eli,
    law,
    title,
    popularTitle,
    accessionNumber: meta.optional('AccessionNumber') ?? metadata?.accessionNumber,
    documentType: metadata?.documentType ?? typeOfDocument.split('#')[0].replace(/\s+/g, ''),
    documentDate,
    startDate: meta.date('StartDate'),
    inForce: metadata?.inForce ?? meta.optional('Status') === 'Valid',
    endedOn: metadata?.endedOn,
    shortTitle: metadata?.shortTitle,
    consolidates: metadata?.consolidates ?? [],
    changedBy: metadata?.changedBy ?? [],
    paragraphs,
  };
}
