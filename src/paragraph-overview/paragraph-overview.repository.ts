import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import type { RulingStatusKind } from '../lineage/ruling-status.type';
import type { LawRecord } from '../law/law.type';
import type { ParagraphRecord } from '../paragraph/paragraph.type';
import type { RulingRecord } from '../ruling/ruling.type';
import type { LawOverviewRecord, ParagraphOverviewRecord } from './paragraph-overview.type';

const queries = loadQueries('paragraph-overview', ['overview-of-law'] as const);

/** overview-of-law.cypher's answer: rows refer to rulings by number and paragraphs by ref. */
interface OverviewRow {
  law: LawRecord;
  paragraphs: (Omit<ParagraphOverviewRecord, 'latestRuling' | 'carriedOver'> & {
    latestRuling: string | null;
    carriedOver: { ruling: string; status: RulingStatusKind; via: string }[];
  })[];
  rulings: RulingRecord[];
  vias: ParagraphRecord[];
}

function lookup<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  // The statement returns every record its rows name; a miss is a bug in it, not bad input.
  if (value === undefined) throw new Error(`overview-of-law returned a row naming ${key} without its record`);
  return value;
}

export class ParagraphOverviewRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** The whole overview of one law in one round trip; null if the graph holds no such law. */
  async overviewOfLaw(law: string, asOf: string): Promise<LawOverviewRecord | null> {
    const [row] = await this.executor.query<OverviewRow>(queries['overview-of-law'], { law, asOf });
    if (!row) return null;
    const rulings = new Map(row.rulings.map((ruling) => [ruling.number, ruling]));
    const vias = new Map(row.vias.map((paragraph) => [paragraph.ref, paragraph]));
    return {
      law: row.law,
      paragraphs: row.paragraphs.map((paragraph) => ({
        ...paragraph,
        latestRuling: paragraph.latestRuling === null ? null : lookup(rulings, paragraph.latestRuling),
        carriedOver: paragraph.carriedOver.map((carried) => ({
          ruling: lookup(rulings, carried.ruling),
          status: carried.status,
          via: lookup(vias, carried.via),
          direct: false,
        })),
      })),
    };
  }
}
