import DataLoader from 'dataloader';

export interface LoaderOptions {
  /** Off only to measure what batching saves (bench variant c); always on in the service. */
  batch: boolean;
}

/** Every loader is built the same way, so switching batching off reaches all of them. */
export function makeLoader<K, V>(options: LoaderOptions, load: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  return new DataLoader<K, V>(load, { batch: options.batch, maxBatchSize: 1000 });
}
