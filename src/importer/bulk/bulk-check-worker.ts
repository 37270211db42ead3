import { parentPort, workerData } from 'node:worker_threads';
import { ImportRefusedError } from '../import-error';
import { checkAndWriteCsv, type BulkCheckRequest } from './bulk-check';

/** Runs a bulk load's check pass on its own thread, whose heap is capped (see runBulkCheck). */
checkAndWriteCsv(workerData as BulkCheckRequest).then(
  (result) => parentPort!.postMessage({ result }),
  (error: unknown) => {
    if (error instanceof ImportRefusedError)
      parentPort!.postMessage({ refused: { problems: error.problems, truncated: error.truncated } });
    else throw error;
  },
);
