import { DocumentRefusedError } from './document-problem';

/**
 * ELI metadata (the ".json" JSON-LD beside a document): an array of nodes, the work node's @id
 * being the ELI URI, its properties those of the ELI ontology, each a list of {"@value"} or
 * {"@id"}. The language node (ELI + "/dan") carries the titles.
 */
export interface EliMetadata {
  eli: string;
  accessionNumber?: string;
  documentType?: string;
  documentDate?: string;
  publishedOn?: string;
  inForce?: boolean;
  endedOn?: string;
  consolidates: string[];
  changedBy: string[];
  title?: string;
  popularTitle?: string;
  shortTitle?: string;
}

const ONTOLOGY = 'http://data.europa.eu/eli/ontology#';
type JsonLdNode = Record<string, unknown> & { '@id'?: string };
type JsonLdValue = { '@value'?: unknown; '@id'?: string };

const values = (node: JsonLdNode | undefined, property: string): JsonLdValue[] => {
  const value = node?.[`${ONTOLOGY}${property}`];
  return Array.isArray(value) ? (value as JsonLdValue[]) : [];
};
const first = (node: JsonLdNode | undefined, property: string): string | undefined => {
  const value = values(node, property)[0];
  const raw = value?.['@value'] ?? value?.['@id'];
  return raw === undefined ? undefined : String(raw);
};
const ids = (node: JsonLdNode | undefined, property: string) => [
  ...new Set(
    values(node, property)
      .map((value) => value['@id'])
      .filter((id): id is string => typeof id === 'string'),
  ),
];
const afterHash = (uri: string | undefined) => uri?.split('#').pop();

/** "12-05-2025 00:00:00" (as ELI metadata writes dates) -> "2025-05-12". */
export function eliDate(text: string | undefined): string | undefined {
  const match = text && /^(\d{2})-(\d{2})-(\d{4})/.exec(text);
  if (match) return `${match[3]}-${match[2]}-${match[1]}`;
  return text && /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : undefined;
}

const WORK = /\/eli\/(?:lta|retsinfo)\/\d{4}\/\d+$/;

export function readEliMetadata(text: string, file: string): EliMetadata {
  let nodes: unknown;
  try {
    nodes = JSON.parse(text);
  } catch (error) {
    throw new DocumentRefusedError({
      file,
      element: '',
      message: `not valid JSON (${(error as Error).message})`,
      expected: 'ELI metadata as JSON-LD',
    });
  }
  const list = (Array.isArray(nodes) ? nodes : [nodes]) as JsonLdNode[];
  const work = list.find((node) => typeof node?.['@id'] === 'string' && WORK.test(node['@id']));
  if (!work) {
    throw new DocumentRefusedError({
      file,
      element: '@id',
      message: 'no work node with an ELI URI',
      expected: 'a node whose @id is https://www.retsinformation.dk/eli/lta/YEAR/NUMBER',
    });
  }
  const eli = work['@id']!;
  const language = list.find((node) => node?.['@id'] === `${eli}/dan`);
  const inForce = afterHash(first(work, 'in_force'));
  return {
    eli,
    accessionNumber: first(work, 'id_local'),
    documentType: afterHash(first(work, 'type_document')),
    documentDate: eliDate(first(work, 'date_document')),
    publishedOn: eliDate(first(work, 'date_publication')),
    inForce: inForce === undefined ? undefined : inForce === 'InForce-inForce',
    endedOn: eliDate(first(work, 'date_no_longer_in_force')),
    consolidates: ids(work, 'consolidates'),
    changedBy: ids(work, 'changed_by'),
    title: first(language, 'title'),
    popularTitle: first(language, 'title_alternative'),
    shortTitle: first(language, 'title_short'),
  };
}
