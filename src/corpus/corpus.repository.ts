import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import type { FactSource, LawVersionRecord, Subsection } from './corpus.type';

const queries = loadQueries('corpus', ['texts-of-rulings', 'texts-of-paragraphs', 'versions-of-laws'] as const);

export interface RulingTexts {
  accessionNumber: string | null;
  publishedOn: string | null;
  keywords: string[];
  fullText: string | null;
  sources: FactSource[];
  laws: string[];
}

export interface ParagraphTexts {
  label: string | null;
  chapter: string | null;
  subsections: Subsection[];
  footnotes: string[];
  repealed: boolean;
}

const NO_RULING_TEXTS: RulingTexts = {
  accessionNumber: null,
  publishedOn: null,
  keywords: [],
  fullText: null,
  sources: [],
  laws: [],
};
const NO_PARAGRAPH_TEXTS: ParagraphTexts = {
  label: null,
  chapter: null,
  subsections: [],
  footnotes: [],
  repealed: false,
};

// Lists of maps are stored as JSON text (Neo4j properties cannot hold them); see batch-rows.ts.
const parsed = <T>(json: string | null): T[] => (json ? (JSON.parse(json) as T[]) : []);

/** The fields the official-corpus import adds to rulings, paragraphs and laws. */
export class CorpusRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  async rulingTexts(numbers: readonly string[]): Promise<RulingTexts[]> {
    type Row = Omit<RulingTexts, 'sources' | 'keywords'> & {
      number: string;
      sourcesJson: string | null;
      keywords: string[] | null;
    };
    const rows = await this.executor.query<Row>(queries['texts-of-rulings'], { numbers });
    const byNumber = new Map(
      rows.map(({ number, sourcesJson, keywords, ...row }) => [
        number,
        {
          ...row,
          keywords: keywords ?? [],
          sources: parsed<FactSource>(sourcesJson).map((source) => ({
            ...source,
            documentEli: source.documentEli ?? null,
          })),
        },
      ]),
    );
    return numbers.map((number) => byNumber.get(number) ?? NO_RULING_TEXTS);
  }

  async paragraphTexts(refs: readonly string[]): Promise<ParagraphTexts[]> {
    type Row = {
      ref: string;
      label: string | null;
      chapter: string | null;
      subsectionsJson: string | null;
      footnotes: string[] | null;
      repealed: boolean | null;
    };
    const rows = await this.executor.query<Row>(queries['texts-of-paragraphs'], { refs });
    const byRef = new Map(
      rows.map((row) => [
        row.ref,
        {
          label: row.label,
          chapter: row.chapter,
          subsections: parsed<Subsection>(row.subsectionsJson),
          footnotes: row.footnotes ?? [],
          repealed: row.repealed ?? false,
        },
      ]),
    );
    return refs.map((ref) => byRef.get(ref) ?? NO_PARAGRAPH_TEXTS);
  }

  async versionsOfLaws(ids: readonly string[]): Promise<LawVersionRecord[][]> {
    const rows = await this.executor.query<{ id: string; versions: LawVersionRecord[] }>(queries['versions-of-laws'], {
      ids,
    });
    const byId = new Map(rows.map((row) => [row.id, row.versions]));
    return ids.map((id) => byId.get(id) ?? []);
  }
}
