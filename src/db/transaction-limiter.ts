/**
 * At most `limit` tasks at a time; the rest wait in order. One per request (see
 * Neo4jExecutor.withCounter), so a request with a thousand fields resolving at once holds at
 * most `limit` of the driver's pooled connections and cannot starve every other request.
 */
export class TransactionLimiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await task();
    } finally {
      // The slot passes straight to the next waiter, so `active` never drops below what runs.
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
