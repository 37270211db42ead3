/**
 * Where an import's time goes, for the benchmarks (npm run import -- FILE --timings): wall time
 * per phase and per write statement (each statement's time is the server's work plus one round
 * trip; the commit is its own entry). Summed by name over all batches.
 */
export class WriteTimings {
  private readonly totals = new Map<string, { ms: number; count: number }>();

  add(name: string, ms: number): void {
    const total = this.totals.get(name) ?? { ms: 0, count: 0 };
    total.ms += ms;
    total.count++;
    this.totals.set(name, total);
  }

  /** One line per name, largest first: "name  seconds  times". */
  report(): string[] {
    return [...this.totals.entries()]
      .sort((a, b) => b[1].ms - a[1].ms)
      .map(
        ([name, { ms, count }]) =>
          `${name.padEnd(28)} ${(ms / 1000).toFixed(1).padStart(7)} s  ${String(count).padStart(7)}x`,
      );
  }
}
