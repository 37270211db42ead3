import { parentPort, workerData } from 'node:worker_threads';
import { validateRecordLine } from './record-validator';

/** A worker of ParallelLineValidator: validates the chunks of lines it is sent, in order. */
const { today } = workerData as { today: string };
parentPort!.on('message', ({ id, lines }: { id: number; lines: { line: number; text: string }[] }) => {
  parentPort!.postMessage({
    id,
    results: lines.map(({ line, text }) => ({ line, result: validateRecordLine(text, line, today) })),
  });
});
