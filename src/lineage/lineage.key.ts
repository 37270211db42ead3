/**
 * Lineage loaders are keyed by one string, since DataLoader caches by identity and an object
 * key would never hit the cache: the same ruling asked with two depths is two keys.
 */
export function lineageKey(number: string, maxDepth: number): string {
  return `${number}|${maxDepth}`;
}

export function parseLineageKey(key: string): { number: string; maxDepth: number } {
  const bar = key.lastIndexOf('|');
  return { number: key.slice(0, bar), maxDepth: Number(key.slice(bar + 1)) };
}
