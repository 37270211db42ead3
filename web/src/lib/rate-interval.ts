// The 95 % interval of a reversal rate. Until PracticeStats/AuthorityStats.reversalRateInterval
// is merged it is computed here (Wilson score interval of reversed out of onMerits); afterwards
// pages read the API's field and this file goes.
export interface RateInterval {
  low: number;
  high: number;
}

const Z = 1.959964;

export function rateInterval(stats: { reversed: number; onMerits: number }): RateInterval | null {
  const n = stats.onMerits;
  if (n === 0) return null;
  const p = stats.reversed / n;
  const denominator = 1 + (Z * Z) / n;
  const centre = (p + (Z * Z) / (2 * n)) / denominator;
  const margin = (Z * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n))) / denominator;
  return { low: Math.max(0, centre - margin), high: Math.min(1, centre + margin) };
}
