import { wilsonInterval, Z_95 } from '../../src/practice/wilson-interval';

// Known values of the Wilson score interval at 95 % (z = 1.96), as published in the statistics
// literature (e.g. Newcombe 1998, table I) and recomputable by hand from the formula.
describe('the Wilson 95 % interval', () => {
  it.each([
    [5, 10, 0.2366, 0.7634],
    [0, 10, 0, 0.2775],
    [10, 10, 0.7225, 1],
    [1, 1, 0.2065, 1],
    [0, 20, 0, 0.1611],
    [81, 263, 0.2553, 0.3662],
    // Ankestyrelsen's worked example: 24 reversed of 129 on the merits = 18.6 %.
    [24, 129, 0.1283, 0.2619],
  ])('%i of %i is %f to %f', (successes, trials, low, high) => {
    const interval = wilsonInterval(successes, trials)!;
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('always holds the rate, stays within 0 and 1, and narrows as cases grow', () => {
    for (const trials of [1, 2, 7, 50, 1000]) {
      for (let successes = 0; successes <= trials; successes += Math.max(1, Math.floor(trials / 7))) {
        const { low, high } = wilsonInterval(successes, trials)!;
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(1);
        expect(low).toBeLessThanOrEqual(successes / trials);
        expect(high).toBeGreaterThanOrEqual(successes / trials);
      }
    }
    const width = (n: number) => {
      const i = wilsonInterval(n / 5, n)!;
      return i.high - i.low;
    };
    expect(width(10)).toBeGreaterThan(width(100));
    expect(width(100)).toBeGreaterThan(width(1000));
  });

  it('is null without a trial, and uses the two-sided 95 % normal quantile', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(Z_95).toBeCloseTo(1.96, 2);
  });
});
