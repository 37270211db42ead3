import neo4j from 'neo4j-driver';
import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import { keysetStatement, type SortKey } from '../graphql/keyset';
import type { AuditEntryRecord } from './audit-entry.type';

const queries = loadQueries('audit', ['audit-page'] as const);

const NEWEST_FIRST: SortKey[] = ['a.at', 'a.seq', 'a.id'].map((expr) => ({ expr, direction: 'DESC' }));
const pageStatements = {
  forward: keysetStatement(queries['audit-page'], NEWEST_FIRST, false),
  backward: keysetStatement(queries['audit-page'], NEWEST_FIRST, true),
};

export interface AuditFilter {
  subject: string | null;
  operation: string | null;
  key: string | null;
  /** ISO-8601 UTC, as entries store `at`. */
  since: string | null;
}

export interface AuditCursor {
  at: string;
  seq: number;
  id: string;
}

export class AuditRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** Up to `limit` entries strictly beyond `cursor`, newest first (backward: older than it is newer, nearest first). */
  async page(
    filter: AuditFilter,
    cursor: AuditCursor | null,
    backward: boolean,
    limit: number,
  ): Promise<AuditEntryRecord[]> {
    const rows = await this.executor.query<{ entry: AuditEntryRecord }>(
      backward ? pageStatements.backward : pageStatements.forward,
      {
        ...filter,
        cursor: cursor && [cursor.at, neo4j.int(cursor.seq), cursor.id],
        limit: neo4j.int(limit),
      },
    );
    return rows.map((row) => ({ ...row.entry, seq: Number(row.entry.seq) }));
  }
}
