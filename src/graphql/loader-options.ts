import DataLoader from 'dataloader';

export interface LoaderOptions {
  /** Off only to measure what batching saves (bench variant c); always on in the service. */
  batch: boolean;
  /**
   * Off only to compare answers with the per-field path (tests) and to measure what compiling
   * saves (bench variant c): root fields then leave every nested field to its DataLoader.
   */
  compile?: boolean;
}

/**
 * DataLoader caches by key identity, so an object key needs a cache key: the named fields in
 * a fixed order, whatever order the object was built in.
 */
export function keyOf<K extends object>(...fields: readonly (keyof K & string)[]): (key: K) => string {
  return (key) => JSON.stringify(fields.map((field) => key[field]));
}

/** Every loader is built the same way, so switching batching off reaches all of them. */
export function makeLoader<K, V>(
  options: LoaderOptions,
  load: (keys: readonly K[]) => Promise<V[]>,
  cacheKeyFn?: (key: K) => string,
): DataLoader<K, V, string | K> {
  return new DataLoader<K, V, string | K>(load, { batch: options.batch, maxBatchSize: 1000, cacheKeyFn });
}

/** Batch statements return `i`, the key's place in the list sent, with one `value` per key found. */
export function inKeyOrder<V>(rows: readonly { i: number; value: V }[], count: number, missing: () => V): V[] {
  const values = Array.from({ length: count }, missing);
  for (const row of rows) values[row.i] = row.value;
  return values;
}
