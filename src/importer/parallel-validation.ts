import { availableParallelism } from 'node:os';
import { startWorker } from '../shared/worker-script';
import type { ValidationResult } from './record-validator';

export interface ValidatedLine {
  line: number;
  result: ValidationResult;
}

const CHUNK = 2000;

/**
 * Validates lines on worker threads and gives the results back in file order, a chunk at a
 * time. Validation (JSON, schema, canonical forms, dates, CPR-like text) is most of the CPU of
 * reading an import file and needs nothing but the line, so on a machine with two cores it need
 * not wait for the thread that writes. Chunks in flight are bounded (two per worker), so memory
 * stays flat however long the file.
 */
export async function* validateInParallel(
  lines: AsyncIterable<{ line: number; text: string }>,
  today: string,
  threads = Math.min(4, availableParallelism()),
): AsyncGenerator<ValidatedLine[]> {
  // A worker keeps nothing between chunks: a small heap of its own keeps the import's memory
  // flat instead of letting each thread's heap grow with its garbage.
  const options = {
    workerData: { today },
    resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 },
  };
  const workers = Array.from({ length: Math.max(1, threads) }, () =>
    startWorker(__filename, 'validation-worker', options),
  );
  const waiting = new Map<number, { resolve: (results: ValidatedLine[]) => void; reject: (error: Error) => void }>();
  const fail = (error: Error) => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  for (const worker of workers) {
    worker.on('message', ({ id, results }: { id: number; results: ValidatedLine[] }) => {
      waiting.get(id)?.resolve(results);
      waiting.delete(id);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`a validation worker stopped (exit ${code})`));
    });
  }
  const inFlight: Promise<ValidatedLine[]>[] = [];
  let next = 0;
  const send = (chunk: { line: number; text: string }[]) => {
    const id = next++;
    const done = new Promise<ValidatedLine[]>((resolve, reject) => waiting.set(id, { resolve, reject }));
    // Chunks leave in order and each worker answers its own in order, so results come back in order.
    workers[id % workers.length].postMessage({ id, lines: chunk });
    inFlight.push(done);
  };
  try {
    let chunk: { line: number; text: string }[] = [];
    for await (const entry of lines) {
      chunk.push(entry);
      if (chunk.length < CHUNK) continue;
      send(chunk);
      chunk = [];
      if (inFlight.length >= workers.length * 2) yield await inFlight.shift()!;
    }
    if (chunk.length) send(chunk);
    while (inFlight.length) yield await inFlight.shift()!;
  } finally {
    // Results not taken (the caller stopped early) are dropped; their rejections must not go unhandled.
    inFlight.forEach((pending) => pending.catch(() => undefined));
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
