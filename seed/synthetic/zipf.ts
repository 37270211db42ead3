import type { Rng } from './prng';

/**
 * Skewed sampling. Everything "popular" in the synthetic data (laws, paragraphs, municipalities,
 * the rulings that complaint cases apply) is drawn through a cumulative table and a binary
 * search: O(log n) per draw and one Float64Array of memory, which stays small even for the
 * 100,000-ruling tables.
 */
export class WeightedSampler {
  private readonly cumulative: Float64Array;

  constructor(weights: ArrayLike<number>) {
    if (weights.length === 0) throw new Error('WeightedSampler needs at least one weight');
    this.cumulative = new Float64Array(weights.length);
    let total = 0;
    for (let i = 0; i < weights.length; i++) {
      if (!(weights[i] >= 0)) throw new Error(`weight ${i} is not a non-negative number`);
      total += weights[i];
      this.cumulative[i] = total;
    }
    if (total <= 0) throw new Error('WeightedSampler needs a positive total weight');
  }

  get size(): number {
    return this.cumulative.length;
  }

  /** An index in [0, size), with probability proportional to its weight. */
  sample(rng: Rng): number {
    const cumulative = this.cumulative;
    const target = rng.next() * cumulative[cumulative.length - 1];
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Weights 1/(rank+1)^s for ranks 0..n-1: rank 0 is the most popular. */
export function zipfWeights(n: number, s: number): Float64Array {
  const weights = new Float64Array(n);
  for (let k = 0; k < n; k++) weights[k] = 1 / Math.pow(k + 1, s);
  return weights;
}

export function zipfSampler(n: number, s: number): WeightedSampler {
  return new WeightedSampler(zipfWeights(n, s));
}
