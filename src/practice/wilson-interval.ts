/**
 * The Wilson score interval of a proportion (Wilson 1927), at 95 % confidence. It is used
 * instead of the textbook "rate ± 1.96 × standard error" because that one collapses to a single
 * point at 0 of n and n of n and runs outside [0, 1] for small n: exactly the municipalities with
 * a handful of cases, whose 1 reversal in 1 case must read as "somewhere between 21 % and 100 %",
 * not as 100 %.
 */

/** The two-sided 95 % quantile of the standard normal distribution. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/** null when there is no trial (no case on the merits): there is no rate to bound. */
export function wilsonInterval(successes: number, trials: number, z = Z_95): Interval | null {
  if (trials <= 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const halfWidth = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  // At 0 of n the lower end is exactly 0, at n of n the upper end exactly 1; rounding would land
  // a hair beside them (even outside [0, 1]).
  return { low: successes <= 0 ? 0 : centre - halfWidth, high: successes >= trials ? 1 : centre + halfWidth };
}
