import type { ImportRecord } from '../../src/importer/import-schema';

// Minimal valid records for tests of the importer's batching, where only the keys matter.

export const aCase = (id: string, authority = '101') =>
  ({
    kind: 'complaintCase',
    id,
    receivedOn: '2024-01-01',
    decidedOn: '2024-02-01',
    authority,
    paragraphs: ['SEL § 41'],
    outcomes: ['UPHELD'],
  }) as ImportRecord;

export const aRuling = (number: string) =>
  ({
    kind: 'ruling',
    number,
    title: 't',
    decidedOn: '2020-01-01',
    area: 'social',
    paragraphs: ['SEL § 41'],
  }) as ImportRecord;
