import type { Tx } from '../db/executor';
import { loadQueries } from '../db/cypher-registry';
import { BadUserInputError } from '../errors';
import type { RecordKind } from '../importer/import-schema';

const queries = loadQueries('editing', ['audit-by-idempotency-key'] as const);

const KEY = /^[\x21-\x7e]{1,200}$/;

/** What an edit wrote, as a retry with its idempotency key answers it. */
export interface WrittenSummary {
  records: number;
  byKind: Partial<Record<RecordKind, number>>;
}

/** The argument every editing mutation takes, with one description. */
export const IDEMPOTENCY_KEY_ARG = {
  nullable: true,
  description:
    'Optional key naming this write, e.g. a UUID the client made (1 to 200 visible ASCII characters). A retry with the same key and the same input, say after a cut connection, writes nothing and answers as the first write did; the same key with a different input is BAD_USER_INPUT. Keys are per token subject and kept with the audit entry.',
} as const;

/** The key as given, or BAD_USER_INPUT before anything is read or written. */
export function checkIdempotencyKey(key: string | null | undefined): string | undefined {
  if (key === null || key === undefined) return undefined;
  if (!KEY.test(key))
    throw new BadUserInputError('Nothing was written. idempotencyKey: 1 to 200 visible ASCII characters', {
      field: 'idempotencyKey',
      expected: 'e.g. a UUID, at most 200 characters, no spaces',
    });
  return key;
}

/**
 * The earlier write the key names, if any. Runs inside the editing transaction after the editing
 * lock, so a write with the key has either committed (and is found) or never will: two retries
 * racing each other write once. The same key for another operation or another input is refused,
 * since answering the earlier result would hide that the new input was never written.
 */
export async function earlierWrite(
  tx: Tx,
  subject: string,
  key: string,
  operation: string,
  input: string,
): Promise<(WrittenSummary & { auditId: string }) | undefined> {
  const [row] = await tx.run<{ auditId: string; at: string; operation: string; input: string; result: string }>(
    queries['audit-by-idempotency-key'],
    { subject, key },
  );
  if (!row) return undefined;
  if (row.operation !== operation || row.input !== input)
    throw new BadUserInputError(
      `Nothing was written. idempotencyKey: "${key}" was already used at ${row.at} for ${row.operation} with another input; send a new key for a new write`,
      { field: 'idempotencyKey', expected: 'the input of the first write with this key, or a new key' },
    );
  return { ...(JSON.parse(row.result) as WrittenSummary), auditId: row.auditId };
}
