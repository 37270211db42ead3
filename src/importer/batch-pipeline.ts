import type { ImportRecord } from './import-schema';

interface InFlight {
  done: Promise<void>;
  /** Case ids of a batch of complaint cases only; undefined for any other batch. */
  caseIds?: Set<string>;
  lane?: number;
}

/**
 * Schedules pass 2's batches: the importer reads and validates the next batch while earlier ones
 * are written, and with writers > 1 writes several batches of complaint cases at once.
 *
 * Order matters only where records depend on each other, so a batch may be written beside the
 * ones in flight only when all of them hold complaint cases alone and no case id is in two of
 * them: cases reference only earlier kinds (rulings, paragraphs, authorities, reasons), which
 * every earlier batch has committed by then, because any batch holding other kinds waits for all
 * before it and all after it wait for it. A case id in two batches in flight would make the
 * later record's win a race, so such a batch waits too. Transactions written side by side may
 * still meet on the same node (a cell, a ruling) and deadlock; Neo4j then rolls one back and the
 * driver retries it (a transient error), which is safe because writeBatch is idempotent.
 */
export class BatchPipeline {
  private readonly inFlight = new Set<InFlight>();
  private failure: unknown;

  constructor(
    private readonly write: (batch: ImportRecord[]) => Promise<void>,
    private readonly writers = 1,
  ) {}

  /**
   * Resolves once the batch is being written (not once written); rejects if a write failed.
   * Batches of one lane (BatchAssembler) are never written side by side.
   */
  async submit(batch: ImportRecord[], lane?: number): Promise<void> {
    const caseIds = batch.every((record) => record.kind === 'complaintCase')
      ? new Set(batch.map((record) => (record as Extract<ImportRecord, { kind: 'complaintCase' }>).id))
      : undefined;
    while (this.inFlight.size && !this.mayJoin(caseIds, lane)) {
      await Promise.race([...this.inFlight].map((flight) => flight.done));
    }
    this.throwIfFailed();
    const flight: InFlight = {
      caseIds,
      lane,
      done: this.write(batch).then(
        () => undefined,
        (error: unknown) => {
          this.failure ??= error;
        },
      ),
    };
    this.inFlight.add(flight);
    void flight.done.then(() => this.inFlight.delete(flight));
  }

  /** Waits for every batch in flight; rejects with the first failure. */
  async drain(): Promise<void> {
    await Promise.all([...this.inFlight].map((flight) => flight.done));
    this.throwIfFailed();
  }

  private mayJoin(caseIds: Set<string> | undefined, lane: number | undefined): boolean {
    if (this.failure !== undefined) return false;
    if (!caseIds || this.inFlight.size >= this.writers) return false;
    for (const flight of this.inFlight) {
      if (!flight.caseIds || (lane !== undefined && flight.lane === lane)) return false;
      for (const id of caseIds) if (flight.caseIds.has(id)) return false;
    }
    return true;
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure;
  }
}
