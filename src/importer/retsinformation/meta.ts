import { isIsoDate } from '../../shared/iso-date';
import { DocumentRefusedError } from './document-problem';
import { clean, elementsOf, firstOf, textOf, type XmlElement } from './xml-tree';

/** The <Meta> block of a LexDania document, read with the file named in every refusal. */
export class DocumentMeta {
  private readonly meta: XmlElement;

  constructor(
    root: XmlElement,
    readonly file: string,
  ) {
    const meta = firstOf(root, 'Meta');
    if (!meta)
      throw new DocumentRefusedError({
        file,
        element: 'Meta',
        message: 'missing',
        expected: 'a <Meta> element under <Dokument>',
      });
    this.meta = meta;
  }

  optional(name: string): string | undefined {
    const value = clean(textOf(firstOf(this.meta, name)));
    return value === '' ? undefined : value;
  }

  required(name: string, expected: string): string {
    const value = this.optional(name);
    if (value === undefined)
      throw new DocumentRefusedError({
        file: this.file,
        element: `Meta/${name}`,
        message: 'missing or empty',
        expected,
      });
    return value;
  }

  date(name: string): string | undefined {
    const value = this.optional(name);
    if (value === undefined) return undefined;
    if (!isIsoDate(value))
      throw new DocumentRefusedError({
        file: this.file,
        element: `Meta/${name}`,
        message: `"${value}" is not a date`,
        expected: 'a date YYYY-MM-DD',
      });
    return value;
  }

  requiredDate(name: string, meaning: string): string {
    const value = this.date(name);
    if (value === undefined) this.required(name, `${meaning}, YYYY-MM-DD`);
    return value!;
  }

  /**
   * Reference triples bound by REFid: <Concerns id="concerns_1"/> (or <Change id=.../>) with
   * Ref_Accn, Ref_Af and Ref_Text carrying REFid="concerns_1".
   */
  references(kind: 'Concerns' | 'Change'): { accession?: string; date?: string; text?: string }[] {
    const children = elementsOf(this.meta);
    const value = (name: string, id: string) => {
      const text = clean(textOf(children.find((child) => child.name === name && child.attributes.REFid === id)));
      return text === '' ? undefined : text;
    };
    return children
      .filter((child) => child.name === kind && child.attributes.id)
      .map((child) => ({
        accession: value('Ref_Accn', child.attributes.id),
        date: value('Ref_Af', child.attributes.id),
        text: value('Ref_Text', child.attributes.id),
      }));
  }

  /** The document's ELI: eli/{lta|retsinfo}/{Year}/{Number}, from <Year> and <Number>. */
  eli(series: 'lta' | 'retsinfo'): string {
    const year = this.required('Year', 'the year of the document, e.g. 2023');
    const number = this.required('Number', "the document's number in the series of its year, e.g. 9456");
    if (!/^\d{4}$/.test(year))
      throw new DocumentRefusedError({
        file: this.file,
        element: 'Meta/Year',
        message: `"${year}" is not a year`,
        expected: 'four digits',
      });
    if (!/^\d+$/.test(number))
      throw new DocumentRefusedError({
        file: this.file,
        element: 'Meta/Number',
        message: `"${number}" is not a number`,
        expected: 'digits',
      });
    return `https://www.retsinformation.dk/eli/${series}/${year}/${Number(number)}`;
  }
}

export const DOCUMENT_TYPES_EXPECTED = 'KEN#LOKDOK23 (principle ruling), LBK H… (consolidated law) or LOV H… (law)';

/** Which reader a document needs, from <DocumentType>; anything else is refused. */
export function documentKind(meta: DocumentMeta): 'ruling' | 'law' {
  const type = meta.required('DocumentType', `one of ${DOCUMENT_TYPES_EXPECTED}`);
  if (type === 'KEN#LOKDOK23') return 'ruling';
  if (/^(?:LBK|LOV) H\b/.test(type)) return 'law';
  throw new DocumentRefusedError({
    file: meta.file,
    element: 'Meta/DocumentType',
    message: `unknown document type "${type}"`,
    expected: `one of ${DOCUMENT_TYPES_EXPECTED}`,
  });
}
