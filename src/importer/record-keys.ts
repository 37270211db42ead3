import type { ImportRecord, RecordKind } from './import-schema';

/** The field that holds each kind of record's key (the keys of docs/graph-model.md). */
export const RECORD_KEY_FIELD = {
  law: 'id',
  paragraph: 'ref',
  lawVersion: 'eli',
  ruling: 'number',
  consolidation: 'id',
  authority: 'code',
  reversalReason: 'code',
  complaintCase: 'id',
} as const satisfies Record<RecordKind, string>;

/** A validated record's key (canonical, as the validator leaves it). */
export function recordKey(record: ImportRecord): string {
  return (record as unknown as Record<string, string>)[RECORD_KEY_FIELD[record.kind]];
}
