import neo4j from 'neo4j-driver';
import { loadQueries } from '../db/cypher-registry';
import type { Neo4jExecutor } from '../db/executor';
import { inKeyOrder } from '../graphql/loader-options';
import type { RulingRecord } from '../ruling/ruling.type';
import type { LineageRecord, LineageStepRecord } from './lineage.type';
import {
  toRulingStatusRecord,
  type RulingStatusKindRecord,
  type RulingStatusRecord,
  type RulingStatusValue,
} from './ruling-status.type';

const queries = loadQueries('lineage', [
  'status-of-rulings',
  'status-kind-of-rulings',
  'replaces-of-rulings',
  'replaced-by-of-rulings',
  'lineage-of-rulings',
  'cites-of-rulings',
  'cited-by-of-rulings',
] as const);

/** A ruling's status is asked for a date. */
export interface RulingStatusKey {
  number: string;
  asOf: string;
}

/** A ruling's lineage is asked to a depth. */
export interface LineageKey {
  number: string;
  maxDepth: number;
}

/**
 * Batch reads of lineage and legal status; results come back in the order of the keys asked.
 * Each statement runs one fragment of cypher/fragments/lineage/ per key, the same fragment the
 * query planner (src/graphql/planner/) compiles into a root field's statement.
 */
export class LineageRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** Null for a ruling the graph does not hold. */
  async statuses(keys: readonly RulingStatusKey[]): Promise<(RulingStatusRecord | null)[]> {
    const rows = await this.executor.query<{ i: number; value: RulingStatusValue | null }>(
      queries['status-of-rulings'],
      { keys },
    );
    return inKeyOrder(rows, keys.length, () => null).map((value) => value && toRulingStatusRecord(value));
  }

  /** Only the status kind of each key's ruling; null for a ruling the graph does not hold. */
  async statusKinds(keys: readonly RulingStatusKey[]): Promise<(RulingStatusKindRecord | null)[]> {
    const rows = await this.executor.query<{ i: number; value: RulingStatusKindRecord }>(
      queries['status-kind-of-rulings'],
      { keys },
    );
    return inKeyOrder<RulingStatusKindRecord | null>(rows, keys.length, () => null);
  }

  /** The older rulings each one replaces, transitively. */
  replaces(keys: readonly LineageKey[]): Promise<LineageStepRecord[][]> {
    return this.perKey(queries['replaces-of-rulings'], keys, () => []);
  }

  /** The newer rulings that replace each one, transitively. */
  replacedBy(keys: readonly LineageKey[]): Promise<LineageStepRecord[][]> {
    return this.perKey(queries['replaced-by-of-rulings'], keys, () => []);
  }

  /** Null for a ruling the graph does not hold. */
  lineages(keys: readonly LineageKey[]): Promise<(LineageRecord | null)[]> {
    return this.perKey<LineageRecord | null>(queries['lineage-of-rulings'], keys, () => null);
  }

  async cites(numbers: readonly string[]): Promise<RulingRecord[][]> {
    const rows = await this.executor.query<{ i: number; value: RulingRecord[] }>(queries['cites-of-rulings'], {
      numbers,
    });
    return inKeyOrder(rows, numbers.length, () => []);
  }

  async citedBy(numbers: readonly string[]): Promise<RulingRecord[][]> {
    const rows = await this.executor.query<{ i: number; value: RulingRecord[] }>(queries['cited-by-of-rulings'], {
      numbers,
    });
    return inKeyOrder(rows, numbers.length, () => []);
  }

  private async perKey<V>(cypher: string, keys: readonly LineageKey[], missing: () => V): Promise<V[]> {
    const rows = await this.executor.query<{ i: number; value: V }>(cypher, { keys: keys.map(lineageParams) });
    return inKeyOrder(rows, keys.length, missing);
  }
}

/** maxDepth goes as a Cypher integer: paths are compared with it as integers. */
export function lineageParams(key: LineageKey): { number: string; maxDepth: unknown } {
  return { number: key.number, maxDepth: neo4j.int(key.maxDepth) };
}
