import neo4j from 'neo4j-driver';
import type { ConsolidationRecord } from '../consolidation/consolidation.type';
import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import { keysetStatement, type SortKey } from '../graphql/keyset';
import type { ParagraphRecord } from '../paragraph/paragraph.type';
import type { RulingRecord } from '../ruling/ruling.type';

const queries = loadQueries('changes', ['changes-page'] as const);

const NEWEST_FIRST: SortKey[] = [
  { expr: 'at', direction: 'DESC' },
  { expr: 'r.number', direction: 'ASC' },
  { expr: 'kind', direction: 'ASC' },
  { expr: 'detail', direction: 'ASC' },
];
const statements = {
  forward: keysetStatement(queries['changes-page'], NEWEST_FIRST, false),
  backward: keysetStatement(queries['changes-page'], NEWEST_FIRST, true),
};

export interface ChangeRecord {
  at: string;
  kind: string;
  on: string;
  recordedAt: string | null;
  detail: string;
  ruling: RulingRecord;
  consolidation: ConsolidationRecord | null;
  successor: RulingRecord | null;
  paragraph: ParagraphRecord | null;
  newParagraph: ParagraphRecord | null;
}

export interface ChangeFilter {
  since: string | null;
  ruling: string | null;
}

export class ChangesRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** Up to `limit` changes strictly beyond the cursor [at, number, kind, detail], newest first (backward: nearest first). */
  page(filter: ChangeFilter, cursor: unknown[] | null, backward: boolean, limit: number): Promise<ChangeRecord[]> {
    return this.executor.query<ChangeRecord>(backward ? statements.backward : statements.forward, {
      ...filter,
      cursor,
      limit: neo4j.int(limit),
    });
  }
}

/** The cursor of a change, as the keyset order reads it. */
export const changeCursorValues = (change: ChangeRecord): string[] => [
  change.at,
  change.ruling.number,
  change.kind,
  change.detail,
];
