/**
 * Import progress: a live bar with records/s and ETA on a terminal, a plain line every few
 * seconds elsewhere (CI logs, pipes), so long imports are never silent and logs stay readable.
 */
export class Progress {
  private readonly started = Date.now();
  private lastPrinted = 0;

  constructor(
    private readonly label: string,
    private readonly total: number | undefined,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly enabled = true,
  ) {}

  update(done: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    const interval = this.stream.isTTY ? 200 : 5000;
    if (now - this.lastPrinted < interval) return;
    this.lastPrinted = now;
    this.print(done, false);
  }

  finish(done: number): void {
    if (this.enabled) this.print(done, true);
  }

  private print(done: number, final: boolean): void {
    const seconds = Math.max((Date.now() - this.started) / 1000, 0.001);
    const rate = done / seconds;
    const parts = [
      `${this.label}: ${done.toLocaleString('en')}${this.total ? `/${this.total.toLocaleString('en')}` : ''} records`,
      `${Math.round(rate).toLocaleString('en')} records/s`,
    ];
    if (this.total && !final && rate > 0) parts.push(`ETA ${Math.ceil((this.total - done) / rate)}s`);
    if (final) parts.push(`${seconds.toFixed(1)}s`);
    if (this.stream.isTTY) {
      const width = 24;
      const filled = this.total ? Math.round((done / this.total) * width) : 0;
      const bar = this.total ? `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` : '';
      this.stream.write(`\r${bar}${parts.join('  ')}\x1b[K${final ? '\n' : ''}`);
    } else {
      this.stream.write(`${parts.join('  ')}\n`);
    }
  }
}
