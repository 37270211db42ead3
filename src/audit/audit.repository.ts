import neo4j from 'neo4j-driver';
import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import type { AuditEntryRecord } from './audit-entry.type';

const queries = loadQueries('audit', ['audit-page'] as const);

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

  async page(filter: AuditFilter, after: AuditCursor | null, limit: number): Promise<AuditEntryRecord[]> {
    const rows = await this.executor.query<{ entry: AuditEntryRecord }>(queries['audit-page'], {
      ...filter,
      afterAt: after?.at ?? null,
      afterSeq: after ? neo4j.int(after.seq) : null,
      afterId: after?.id ?? null,
      limit: neo4j.int(limit),
    });
    return rows.map((row) => ({ ...row.entry, seq: Number(row.entry.seq) }));
  }
}
