import type { Neo4jExecutor } from '../db/executor';

/**
 * What a mutation asks to write, as import records: the API and the importer share one record
 * format, one validator, one set of invariant checks and one write path, so no invariant can be
 * enforced by one and forgotten by the other.
 */
export interface Edit {
  /**
   * Import records (seed/FORMAT.md), in stream order: a record may refer to earlier ones. A string
   * is one NDJSON line as a client sent it (importRecords), parsed by the importer's validator.
   */
  records: (Record<string, unknown> | string)[];
  /** The keys the edit touches, for the audit trail. */
  keys: string[];
  /** Names a problem's field as the client sent it, e.g. (1, 'decidedOn') -> 'input.decidedOn'. */
  fieldName(line: number, field: string): string;
}

/** One editing operation: its name and input for the audit trail, and how it becomes records. */
export interface EditOperation {
  operation: string;
  /** Stored in the audit trail as JSON; editing inputs hold nothing secret. */
  input: unknown;
  /**
   * Reads what the edit needs (an update merges into the stored record) and returns the records.
   * Runs inside the editing transaction after the write lock, through an executor bound to it.
   */
  plan(reader: Neo4jExecutor): Promise<Edit>;
}

/** For single-record mutations: problems are named under the argument `input`. */
export function inputFieldName(prefix = 'input') {
  return (_line: number, field: string) => (field ? `${prefix}.${field}` : prefix);
}
