import { BatchPipeline } from '../../src/importer/batch-pipeline';
import type { ImportRecord } from '../../src/importer/import-schema';
import { aCase, aRuling } from '../support/import-record-builders';

/** A writer whose batches finish only when the test says so, recording what ran at the same time. */
function controlledWriter() {
  const running = new Map<string, () => void>();
  const overlaps: string[][] = [];
  const write = (batch: ImportRecord[]) =>
    new Promise<void>((resolve) => {
      const name = batch
        .map((record) => (record.kind === 'ruling' ? record.number : (record as { id: string }).id))
        .join('+');
      running.set(name, () => {
        running.delete(name);
        resolve();
      });
      overlaps.push([...running.keys()]);
    });
  const finish = async (name: string) => {
    running.get(name)!();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { write, finish, running, overlaps };
}

describe('BatchPipeline', () => {
  it('writes one batch at a time with one writer, the next submitted only when the last is done', async () => {
    const writer = controlledWriter();
    const pipeline = new BatchPipeline(writer.write, 1);
    await pipeline.submit([aCase('A')]);
    let second = false;
    const submitted = pipeline.submit([aCase('B')]).then(() => (second = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(second).toBe(false);
    await writer.finish('A');
    await submitted;
    expect([...writer.running.keys()]).toEqual(['B']);
    await writer.finish('B');
    await pipeline.drain();
    expect(writer.overlaps).toEqual([['A'], ['B']]);
  });

  it('writes batches of distinct cases side by side, but never beside a batch of other kinds or a repeated case id', async () => {
    const writer = controlledWriter();
    const pipeline = new BatchPipeline(writer.write, 2);
    await pipeline.submit([aRuling('1-20')]);
    const afterRuling = pipeline.submit([aCase('A')]);
    await new Promise((resolve) => setImmediate(resolve));
    expect([...writer.running.keys()]).toEqual(['1-20']);
    await writer.finish('1-20');
    await afterRuling;
    await pipeline.submit([aCase('B')]);
    expect([...writer.running.keys()].sort()).toEqual(['A', 'B']);
    // Three writers' worth of batches for two writers: the third waits for a free one.
    const third = pipeline.submit([aCase('C')]);
    await new Promise((resolve) => setImmediate(resolve));
    expect([...writer.running.keys()].sort()).toEqual(['A', 'B']);
    await writer.finish('A');
    await third;
    expect([...writer.running.keys()].sort()).toEqual(['B', 'C']);
    // A correction of a case in flight waits for it.
    const repeated = pipeline.submit([aCase('C')]);
    await writer.finish('B');
    await new Promise((resolve) => setImmediate(resolve));
    expect([...writer.running.keys()]).toEqual(['C']);
    await writer.finish('C');
    await repeated;
    await writer.finish('C');
    await pipeline.drain();
  });

  it('reports the first failed write at the next submit or at drain, after the rest is done', async () => {
    const failing = new BatchPipeline(async (batch) => {
      if ((batch[0] as { id: string }).id === 'bad') throw new Error('deadlock beyond retries');
    }, 2);
    await failing.submit([aCase('bad')]);
    await failing.submit([aCase('good')]).catch(() => undefined);
    await expect(failing.drain()).rejects.toThrow('deadlock beyond retries');
  });
});
