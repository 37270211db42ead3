import { loadQueries } from '../../db/cypher-registry';
import type { Neo4jExecutor } from '../../db/executor';
import type { ParagraphRecordIn } from '../import-schema';

const importer = loadQueries('importer', ['existing-laws', 'existing-paragraphs', 'existing-rulings'] as const);
const queries = loadQueries('retsinformation', ['paragraphs-of-laws', 'latest-law-versions'] as const);

/** What the database holds that turning documents into records depends on (all reads). */
export interface StoredCorpusFacts {
  laws: Set<string>;
  paragraphRefs: Set<string>;
  /** Whole paragraphs of the laws the documents bring versions of, as records. */
  paragraphsOfLaws: Map<string, ParagraphRecordIn[]>;
  latestVersionDate: Map<string, string>;
  rulings: Map<string, { decidedOn: string; fullyRepealedBy: string[] }>;
}

export interface CorpusKeys {
  lawIds: string[];
  versionedLawIds: string[];
  paragraphRefs: string[];
  rulingNumbers: string[];
}

export function nothingStoredInCorpus(): StoredCorpusFacts {
  return {
    laws: new Set(),
    paragraphRefs: new Set(),
    paragraphsOfLaws: new Map(),
    latestVersionDate: new Map(),
    rulings: new Map(),
  };
}

interface StoredParagraph {
  ref: string;
  lawId: string;
  title: string | null;
  validFrom: string | null;
  validTo: string | null;
  label: string | null;
  chapter: string | null;
  subsectionsJson: string | null;
  footnotes: string[] | null;
  repealed: boolean | null;
}

// Back from properties to the record that wrote them (nulls left out, as a record leaves them out).
function recordOf(stored: StoredParagraph): ParagraphRecordIn {
  const record: Record<string, unknown> = { kind: 'paragraph', ref: stored.ref };
  for (const field of ['title', 'validFrom', 'validTo', 'label', 'chapter', 'footnotes', 'repealed'] as const) {
    if (stored[field] !== null && stored[field] !== undefined) record[field] = stored[field];
  }
  if (stored.subsectionsJson) record.subsections = JSON.parse(stored.subsectionsJson);
  return record as ParagraphRecordIn;
}

export async function readStoredCorpusFacts(executor: Neo4jExecutor, keys: CorpusKeys): Promise<StoredCorpusFacts> {
  const facts = nothingStoredInCorpus();
  (await executor.query<{ key: string }>(importer['existing-laws'], { keys: keys.lawIds })).forEach((row) =>
    facts.laws.add(row.key),
  );
  (await executor.query<{ key: string }>(importer['existing-paragraphs'], { keys: keys.paragraphRefs })).forEach(
    (row) => facts.paragraphRefs.add(row.key),
  );
  for (const { paragraph } of await executor.query<{ paragraph: StoredParagraph }>(queries['paragraphs-of-laws'], {
    lawIds: keys.versionedLawIds,
  })) {
    const list = facts.paragraphsOfLaws.get(paragraph.lawId) ?? [];
    list.push(recordOf(paragraph));
    facts.paragraphsOfLaws.set(paragraph.lawId, list);
    facts.paragraphRefs.add(paragraph.ref);
  }
  for (const row of await executor.query<{ lawId: string; documentDate: string }>(queries['latest-law-versions'], {
    lawIds: keys.versionedLawIds,
  })) {
    facts.latestVersionDate.set(row.lawId, row.documentDate);
  }
  for (const row of await executor.query<{ number: string; decidedOn: string; fullyRepealedBy: string[] }>(
    importer['existing-rulings'],
    { numbers: keys.rulingNumbers },
  )) {
    facts.rulings.set(row.number, row);
  }
  return facts;
}
