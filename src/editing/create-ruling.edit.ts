import type { Neo4jExecutor } from '../db/executor';
import { loadQueries } from '../db/cypher-registry';
import { ConflictError } from '../errors';
import { parseArgument } from '../graphql/reference-input';
import { parseRulingNumber } from '../ruling/ruling-number';
import { inputFieldName, type EditOperation } from './edit';
import { rulingRecord } from './ruling-record';
import type { NewRulingInput } from './ruling-fields.input';

const queries = loadQueries('importer', ['existing-rulings'] as const);

/** Refuses numbers already taken: creating must never silently overwrite a ruling. */
export async function refuseExistingRulings(
  reader: Neo4jExecutor,
  numbers: string[],
  field: (index: number) => string,
): Promise<void> {
  if (!numbers.length) return;
  const rows = await reader.query<{ number: string }>(queries['existing-rulings'], { numbers });
  const taken = rows.map((row) => row.number);
  if (taken.length) {
    throw new ConflictError(
      `Nothing was written. ${taken.map((number) => `${field(numbers.indexOf(number))}: ruling ${number} already exists (use updateRuling to change it)`).join('; ')}`,
      { field: field(numbers.indexOf(taken[0])), rulings: taken },
    );
  }
}

/** With the canonical number, which the mutation answers with (also when a retry replays it). */
export function createRulingEdit(input: NewRulingInput): EditOperation & { number: string } {
  const number = parseArgument('input.number', () => parseRulingNumber(input.number));
  return {
    number,
    operation: 'createRuling',
    input,
    async plan(reader) {
      await refuseExistingRulings(reader, [number], () => 'input.number');
      return { records: [rulingRecord({ ...input, number })], keys: [number], fieldName: inputFieldName() };
    },
  };
}
