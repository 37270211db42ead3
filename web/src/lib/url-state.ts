import { useSearchParams } from 'react-router';

/**
 * A page's inputs live in the URL's query string, so a result can be bookmarked, shared and
 * reloaded, and Back returns to the previous search.
 */
export function useUrlState<K extends string>(defaults: Record<K, string>) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(
    (Object.keys(defaults) as K[]).map((key) => [key, params.get(key) ?? defaults[key]]),
  ) as Record<K, string>;
  const update = (changes: Partial<Record<K, string>>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes) as [K, string][]) {
      if (value === '' || value === defaults[key]) next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };
  return [values, update] as const;
}
