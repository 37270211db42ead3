import { readFile } from 'node:fs/promises';
import { corpusFiles } from './corpus-files';
import { DocumentRefusedError, type DocumentProblem } from './document-problem';
import { readEliMetadata, type EliMetadata } from './eli-metadata';
import { readLawDocument, type LawDocument } from './law-document';
import { DocumentMeta, documentKind } from './meta';
import { readRulingDocument, type RulingDocument } from './ruling-document';
import { parseXmlDocument } from './xml-tree';

export interface ReadCorpus {
  laws: LawDocument[];
  rulings: RulingDocument[];
  problems: DocumentProblem[];
}

/** Reads every document of a corpus; a document that cannot be read is named, with its problem. */
export async function readCorpus(path: string): Promise<ReadCorpus> {
  const files = await corpusFiles(path);
  const problems: DocumentProblem[] = [];
  const metadata = new Map<string, EliMetadata>();
  for (const file of files.json) {
    try {
      const read = readEliMetadata(await readFile(file, 'utf8'), file);
      metadata.set(read.eli, read);
    } catch (error) {
      if (!(error instanceof DocumentRefusedError)) throw error;
      problems.push(error.problem);
    }
  }
  const laws: LawDocument[] = [];
  const rulings: RulingDocument[] = [];
  const numbers = new Map<string, string>();
  for (const file of files.xml) {
    try {
      const root = parseXmlDocument(await readFile(file, 'utf8'), file);
      const meta = new DocumentMeta(root, file);
      if (documentKind(meta) === 'law') {
        laws.push(readLawDocument(meta, root, metadata.get(meta.eli('lta'))));
      } else {
        const ruling = readRulingDocument(meta, root);
        const first = numbers.get(ruling.number);
        if (first) {
          throw new DocumentRefusedError({
            file,
            element: 'Meta/DocumentTitle',
            message: `ruling ${ruling.number} is also the title of ${first}`,
            expected: 'each ruling number in one document',
          });
        }
        numbers.set(ruling.number, file);
        rulings.push(ruling);
      }
    } catch (error) {
      if (!(error instanceof DocumentRefusedError)) throw error;
      problems.push(error.problem);
    }
  }
  return { laws, rulings, problems };
}
