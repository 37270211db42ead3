import { BadUserInputError } from '../errors';
import { RECORD_KEY_FIELD } from '../importer/record-keys';
import { parseRulingNumber } from '../ruling/ruling-number';
import type { EditOperation } from './edit';
import { MAX_IMPORT_BYTES, MAX_IMPORT_LINES } from './import-records.args';

// The key of each record, for the audit trail (read from the raw line: the record may be invalid).
function keyOf(text: string): string | undefined {
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    const key = value[(RECORD_KEY_FIELD as Record<string, string>)[value.kind as string]];
    if (typeof key !== 'string') return undefined;
    return value.kind === 'ruling' ? parseRulingNumber(key) : key;
  } catch {
    return undefined;
  }
}

/**
 * A batch of import records, checked and written exactly as the CLI importer would, but in one
 * transaction under the editing lock: all or nothing. Problems are named by line and field.
 */
export function importRecordsEdit(ndjson: string): EditOperation {
  if (Buffer.byteLength(ndjson, 'utf8') > MAX_IMPORT_BYTES) {
    throw new BadUserInputError(`ndjson: more than ${MAX_IMPORT_BYTES} bytes`, {
      field: 'ndjson',
      expected: `at most ${MAX_IMPORT_BYTES} bytes; use the CLI importer for larger loads`,
    });
  }
  const lines = ndjson
    .split(/\r?\n/)
    .map((text, index) => ({ text, line: index + 1 }))
    .filter(({ text }) => text.trim() !== '');
  if (lines.length === 0)
    throw new BadUserInputError('ndjson: holds no records', {
      field: 'ndjson',
      expected: 'one JSON import record per line',
    });
  if (lines.length > MAX_IMPORT_LINES) {
    throw new BadUserInputError(`ndjson: ${lines.length} records, more than ${MAX_IMPORT_LINES}`, {
      field: 'ndjson',
      expected: `at most ${MAX_IMPORT_LINES} records; use the CLI importer for larger loads`,
    });
  }
  return {
    operation: 'importRecords',
    input: { ndjson },
    async plan() {
      return {
        records: lines.map(({ text }) => text),
        keys: lines.flatMap(({ text }) => keyOf(text) ?? []),
        // Line numbers as the client counts them, blank lines included.
        fieldName: (index, field) => `ndjson line ${lines[index - 1].line}${field ? `, field ${field}` : ''}`,
      };
    },
  };
}
