import type { Driver } from 'neo4j-driver';

const PROBE_INTERVAL_MS = 500;

/**
 * Fails requests at once while Neo4j is known to be unreachable, instead of letting each one
 * wait for the driver's connection attempts and retries. It opens when a transaction fails for
 * lack of a connection; while open, a probe checks connectivity every half second, and the
 * first success closes it again, so the service recovers by itself when Neo4j is back. A probe,
 * not a trial request: no client's request is spent on finding out.
 */
export class Neo4jCircuitBreaker {
  private probe?: NodeJS.Timeout;

  constructor(
    private readonly driver: Driver,
    private readonly log: (line: string) => void = (line) => console.error(line),
  ) {}

  get isOpen(): boolean {
    return this.probe !== undefined;
  }

  /** Neo4j could not be reached: refuse transactions until a probe succeeds. */
  open(): void {
    if (this.probe) return;
    this.log(
      JSON.stringify({
        level: 'warn',
        event: 'neo4j-unreachable',
        message: 'Neo4j is not reachable; requests are refused with SERVICE_UNAVAILABLE until it answers again.',
      }),
    );
    let probing = false;
    this.probe = setInterval(() => {
      if (probing) return;
      probing = true;
      this.driver
        .verifyConnectivity()
        .then(() => this.close())
        .catch(() => {})
        .finally(() => (probing = false));
    }, PROBE_INTERVAL_MS);
    // The probe must not keep a process (or a test run) alive on its own.
    this.probe.unref();
  }

  private close(): void {
    if (!this.probe) return;
    clearInterval(this.probe);
    this.probe = undefined;
    this.log(
      JSON.stringify({ level: 'info', event: 'neo4j-reachable', message: 'Neo4j answers again; requests are served.' }),
    );
  }
}
