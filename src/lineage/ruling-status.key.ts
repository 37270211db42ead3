/**
 * The rulingStatus loader is keyed by one string, since DataLoader caches by identity and an
 * object key would never hit the cache. Ruling numbers and ISO dates never contain "|".
 */
export function rulingStatusKey(number: string, asOf: string): string {
  return `${number}|${asOf}`;
}

export function parseRulingStatusKey(key: string): { number: string; asOf: string } {
  const bar = key.lastIndexOf('|');
  return { number: key.slice(0, bar), asOf: key.slice(bar + 1) };
}
