import type { ImportRecord } from './import-schema';

type CaseRecord = Extract<ImportRecord, { kind: 'complaintCase' }>;

interface Lane {
  records: ImportRecord[];
  ids: Set<string>;
}

/**
 * Cuts pass 2's record stream into batches. With one lane every batch is the next batchSize
 * records. With several lanes (one per writer, see BatchPipeline) complaint cases are dealt into
 * lanes by authority, so that batches written side by side touch different authorities and hence
 * different practice cells (a cell's key holds its authority): cells are mostly small, and Neo4j
 * locks a small node exclusively while a transaction adds a relationship to it, so two writers
 * sharing cells would wait for each other and deadlock. Order is kept where it matters:
 *  - a batch of other kinds and a batch of cases are never reordered (a switch between the two
 *    hands over whatever is pending first), since cases may reference any earlier record;
 *  - a case id pending in another lane hands that lane over first, so the later record of an id
 *    is always written after the earlier one.
 */
export class BatchAssembler {
  private other: ImportRecord[] = [];
  private readonly lanes: Lane[];

  constructor(
    private readonly batchSize: number,
    lanes: number,
    private readonly submit: (batch: ImportRecord[], lane?: number) => Promise<void>,
  ) {
    this.lanes = Array.from({ length: lanes }, () => ({ records: [], ids: new Set<string>() }));
  }

  async add(record: ImportRecord): Promise<void> {
    if (this.lanes.length === 1 || record.kind !== 'complaintCase') {
      if (this.lanes.length > 1) await this.handOverLanes();
      this.other.push(record);
      if (this.other.length >= this.batchSize) await this.handOverOther();
      return;
    }
    await this.handOverOther();
    const lane = this.lanes[laneOf((record as CaseRecord).authority, this.lanes.length)];
    const id = (record as CaseRecord).id;
    for (const other of this.lanes) if (other !== lane && other.ids.has(id)) await this.handOver(other);
    lane.records.push(record);
    lane.ids.add(id);
    if (lane.records.length >= this.batchSize) await this.handOver(lane);
  }

  /** Hands over everything pending; call once at the end of the stream. */
  async finish(): Promise<void> {
    await this.handOverOther();
    await this.handOverLanes();
  }

  private async handOverOther(): Promise<void> {
    if (!this.other.length) return;
    const batch = this.other;
    this.other = [];
    await this.submit(batch);
  }

  private async handOverLanes(): Promise<void> {
    for (const lane of this.lanes) await this.handOver(lane);
  }

  private async handOver(lane: Lane): Promise<void> {
    if (!lane.records.length) return;
    const batch = lane.records;
    lane.records = [];
    lane.ids = new Set();
    await this.submit(batch, this.lanes.indexOf(lane));
  }
}

function laneOf(authority: string, lanes: number): number {
  let hash = 0;
  for (let i = 0; i < authority.length; i++) hash = (hash * 31 + authority.charCodeAt(i)) | 0;
  return Math.abs(hash) % lanes;
}
