import { BatchAssembler } from '../../src/importer/batch-assembler';
import type { ImportRecord } from '../../src/importer/import-schema';
import { aCase, aRuling } from '../support/import-record-builders';

const keyOf = (record: ImportRecord) =>
  record.kind === 'ruling'
    ? record.number
    : `${(record as { id: string }).id}@${(record as { authority: string }).authority}`;

async function assemble(records: ImportRecord[], batchSize: number, lanes: number) {
  const batches: { keys: string[]; lane?: number }[] = [];
  const assembler = new BatchAssembler(batchSize, lanes, async (batch, lane) => {
    batches.push({ keys: batch.map(keyOf), lane });
  });
  for (const record of records) await assembler.add(record);
  await assembler.finish();
  return batches;
}

describe('BatchAssembler', () => {
  it('with one lane, cuts the stream in order into batches of batchSize', async () => {
    const batches = await assemble(
      [aRuling('1-20'), aCase('A', '101'), aCase('B', '147'), aCase('C', '101'), aCase('D', '147')],
      2,
      1,
    );
    expect(batches.map((batch) => batch.keys)).toEqual([['1-20', 'A@101'], ['B@147', 'C@101'], ['D@147']]);
  });

  it('with lanes, deals cases by authority, so each authority is in one lane, and keeps every record of other kinds before the cases after it', async () => {
    const records = [
      aRuling('1-20'),
      ...['101', '147', '101', '147', '101', '147'].map((authority, i) => aCase(`K${i}`, authority)),
      aRuling('2-20'),
      aCase('K9', '101'),
    ];
    const batches = await assemble(records, 2, 2);
    expect(batches[0]).toEqual({ keys: ['1-20'], lane: undefined });
    const lanesOf = new Map<string, Set<number | undefined>>();
    for (const batch of batches)
      for (const key of batch.keys)
        if (key.includes('@'))
          lanesOf.set(key.split('@')[1], (lanesOf.get(key.split('@')[1]) ?? new Set()).add(batch.lane));
    expect([...lanesOf.values()].map((lanes) => lanes.size)).toEqual([1, 1]);
    const ruling2 = batches.findIndex((batch) => batch.keys.includes('2-20'));
    const caseBatchesBefore = batches
      .slice(0, ruling2)
      .flatMap((batch) => batch.keys)
      .filter((key) => key.includes('@'));
    expect(caseBatchesBefore.sort()).toEqual(['K0@101', 'K1@147', 'K2@101', 'K3@147', 'K4@101', 'K5@147']);
    expect(batches.slice(ruling2 + 1).flatMap((batch) => batch.keys)).toEqual(['K9@101']);
  });

  it('hands over the lane holding an earlier record of a case id before the later record goes into another lane', async () => {
    // Authorities 101 and 102 fall in different lanes of two (checked by the first expectation).
    const batches = await assemble([aCase('A', '101'), aCase('A', '102')], 10, 2);
    expect(batches.map((batch) => batch.keys)).toEqual([['A@101'], ['A@102']]);
    expect(batches[0].lane).not.toBe(batches[1].lane);
  });
});
