import { startWorker } from '../../shared/worker-script';
import { ImportRefusedError, type ImportProblem } from '../import-error';
import type { BulkCheckRequest, BulkCheckResult } from './bulk-check';
import { BulkLoadError } from './neo4j-admin-import';

type Reply = { result: BulkCheckResult } | { refused: { problems: ImportProblem[]; truncated: boolean } };

/**
 * Runs the check pass (bulk-check.ts) on a worker thread whose heap is capped. The pass keeps
 * little (about 50 MB for a million cases), but V8 lets a busy heap fill with garbage before
 * collecting it, and the importer's memory is meant to stay bounded (under 500 MB at national
 * scale): a cap makes it collect sooner. Running out of it is a clear error here, where a cap on
 * the whole process would crash it.
 */
export async function runBulkCheck(request: BulkCheckRequest, heapMb: number): Promise<BulkCheckResult> {
  const worker = startWorker(__filename, 'bulk-check-worker', {
    workerData: request,
    // Young space 3 x 32 MB: records die young here, and a larger nursery keeps them out of the old space.
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 96 },
  });
  try {
    const reply = await new Promise<Reply>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the check pass stopped without an answer (exit ${code})`)));
    });
    if ('refused' in reply) throw new ImportRefusedError(reply.refused.problems, reply.refused.truncated);
    return reply.result;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      throw new BulkLoadError(
        `Checking the file needed more than the ${heapMb} MB the bulk load gives it (BULK_CHECK_HEAP_MB); nothing was written. ` +
          'Raise BULK_CHECK_HEAP_MB, or import without --bulk.',
      );
    }
    throw error;
  } finally {
    await worker.terminate();
  }
}
