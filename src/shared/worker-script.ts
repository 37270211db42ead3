import { extname, join } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on a module beside the caller: the compiled .js file in dist/, or under
 * ts-jest and tsx the .ts source, which a worker thread can only load through tsx's require hook
 * (a dev dependency, so only where the sources run).
 */
export function startWorker(callerFile: string, name: string, options: WorkerOptions): Worker {
  const extension = extname(callerFile);
  const script = join(callerFile, '..', `${name}${extension}`);
  return extension === '.ts'
    ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(script)});`, { ...options, eval: true })
    : new Worker(script, options);
}
