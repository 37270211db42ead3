/** Timing primitives of the bench: one request, a sequence, and a fixed load at a concurrency. */

export interface Reply {
  ms: number;
  body: { data?: unknown; errors?: unknown[]; extensions?: { roundTrips?: number } };
}

/** A request as a client sends it: JSON over HTTP (keep-alive), timed until the body is parsed. */
export type Send = (extraHeaders?: Record<string, string>) => Promise<Reply>;

export function httpSender(url: string, payload: unknown): Send {
  const body = JSON.stringify(payload);
  return async (extraHeaders = {}) => {
    const started = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...extraHeaders },
      body,
    });
    const parsed = (await response.json()) as Reply['body'];
    const ms = performance.now() - started;
    if (!response.ok || parsed.errors)
      throw new Error(`${url}: HTTP ${response.status} ${JSON.stringify(parsed.errors ?? parsed).slice(0, 500)}`);
    return { ms, body: parsed };
  };
}

export async function sequential(send: Send, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push((await send()).ms);
  return times;
}

/**
 * `count` requests by `concurrency` workers; the wall time in ms and the requests that failed.
 * A failure under load (e.g. the driver's pool exhausted with batching off) is a result to
 * report, not a reason to abandon the run; the first failure's message is kept.
 */
export async function concurrent(
  send: Send,
  count: number,
  concurrency: number,
): Promise<{ ms: number; failed: number; firstError?: string }> {
  let next = 0;
  let failed = 0;
  let firstError: string | undefined;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        next++;
        try {
          await send();
        } catch (error) {
          failed++;
          firstError ??= String((error as Error).message ?? error).slice(0, 300);
        }
      }
    }),
  );
  return { ms: performance.now() - started, failed, firstError };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  // Nearest rank: the smallest value with at least p of the values at or below it.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export const median = (values: number[]) => percentile(values, 0.5);
