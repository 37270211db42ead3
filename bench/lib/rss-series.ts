import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/** One sample of the soak: seconds since the load started, the service's RSS, the load average. */
export interface RssSample {
  seconds: number;
  rssMb: number;
  load1: number;
}

/** Resident set size of a process from /proc (Linux), in MB; undefined once it has exited. */
export function rssMb(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export function sample(pid: number, startedAt: number): RssSample | undefined {
  const rss = rssMb(pid);
  return rss === undefined ? undefined : { seconds: (Date.now() - startedAt) / 1000, rssMb: rss, load1: loadavg()[0] };
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Least-squares slope of RSS over time, in MB per minute. */
function slopePerMinute(samples: RssSample[]): number {
  const t = mean(samples.map((s) => s.seconds));
  const r = mean(samples.map((s) => s.rssMb));
  const num = samples.reduce((sum, s) => sum + (s.seconds - t) * (s.rssMb - r), 0);
  const den = samples.reduce((sum, s) => sum + (s.seconds - t) ** 2, 0);
  return den === 0 ? 0 : (num / den) * 60;
}

/**
 * Whether memory is flat after warm-up: the mean RSS of the first minute after warm-up against
 * the last minute's, and the slope over everything after warm-up. A leak shows as an end well
 * above the start and a slope that does not fall towards 0 as the run gets longer.
 */
export function rssTrend(samples: RssSample[], warmupSeconds: number) {
  const after = samples.filter((s) => s.seconds >= warmupSeconds);
  if (after.length < 2) return undefined;
  const last = after[after.length - 1].seconds;
  const start = after.filter((s) => s.seconds < warmupSeconds + 60);
  const end = after.filter((s) => s.seconds > last - 60);
  return {
    warmupEndMb: mean(start.map((s) => s.rssMb)),
    endMb: mean(end.map((s) => s.rssMb)),
    minMb: Math.min(...after.map((s) => s.rssMb)),
    maxMb: Math.max(...after.map((s) => s.rssMb)),
    slopeMbPerMinute: slopePerMinute(after),
  };
}
