import { lawIdOfRef } from '../paragraph/paragraph-ref';
import type { ImportProblem } from './import-error';
import type { ImportRecord } from './import-schema';

type RefKind = 'law' | 'paragraph' | 'ruling' | 'authority' | 'reversalReason';
const OCCURRENCES_KEPT = 3;

interface Occurrence {
  line: number;
  field: string;
}

/** A full repeal in the stream, checked against the database for a second full repeal. */
export interface FullRepeal {
  ruling: string;
  consolidation: string;
  line: number;
  field: string;
}

/** A repeal whose ruling is not in the stream, so its date is checked against the database. */
export interface RepealDateCheck extends Occurrence {
  ruling: string;
  consolidationDate: string;
}

export interface Edge extends Occurrence {
  from: string;
  to: string;
}

/**
 * What the first pass remembers across records: the keys seen so far (to resolve references
 * to earlier records), references left for the database, and the edges whose cycles and
 * dates are checked at the end. It holds keys and edges, never whole records, so memory grows
 * with the number of rulings and paragraphs but not with the (much larger) number of cases.
 */
export class StreamState {
  private readonly seen: Record<RefKind, Set<string>> = {
    law: new Set(),
    paragraph: new Set(),
    ruling: new Set(),
    authority: new Set(),
    reversalReason: new Set(),
  };
  readonly rulingDates = new Map<string, string>();
  readonly unresolved: Record<RefKind, Map<string, Occurrence[]>> = {
    law: new Map(),
    paragraph: new Map(),
    ruling: new Map(),
    authority: new Map(),
    reversalReason: new Map(),
  };
  readonly fullRepeals: FullRepeal[] = [];
  private readonly fullyRepealedInStream = new Map<string, string>();
  readonly repealDateChecks: RepealDateCheck[] = [];
  readonly lineageEdges: Edge[] = [];
  readonly successionEdges: Edge[] = [];

  constructor(private readonly report: (problem: ImportProblem) => void) {}

  private reference(kind: RefKind, key: string, line: number, field: string): void {
    if (this.seen[kind].has(key)) return;
    const occurrences = this.unresolved[kind].get(key) ?? [];
    if (occurrences.length < OCCURRENCES_KEPT) occurrences.push({ line, field });
    this.unresolved[kind].set(key, occurrences);
  }

  add(record: ImportRecord, line: number): void {
    switch (record.kind) {
      case 'law':
        this.seen.law.add(record.id);
        break;
      case 'paragraph':
        this.reference('law', lawIdOfRef(record.ref), line, 'ref');
        record.replaces?.forEach((old, index) => {
          this.reference('paragraph', old, line, `replaces[${index}]`);
          this.successionEdges.push({ from: old, to: record.ref, line, field: `replaces[${index}]` });
        });
        this.seen.paragraph.add(record.ref);
        break;
      case 'lawVersion':
        this.reference('law', record.law, line, 'law');
        break;
      case 'ruling':
        record.laws?.forEach((id, index) => this.reference('law', id, line, `laws[${index}]`));
        record.paragraphs.forEach((ref, index) => this.reference('paragraph', ref, line, `paragraphs[${index}]`));
        record.cites?.forEach((number, index) => this.reference('ruling', number, line, `cites[${index}]`));
        this.seen.ruling.add(record.number);
        this.rulingDates.set(record.number, record.decidedOn);
        break;
      case 'consolidation':
        this.addConsolidation(record, line);
        break;
      case 'authority':
        this.seen.authority.add(record.code);
        break;
      case 'reversalReason':
        this.seen.reversalReason.add(record.code);
        break;
      case 'complaintCase':
        this.reference('authority', record.authority, line, 'authority');
        record.paragraphs.forEach((ref, index) => this.reference('paragraph', ref, line, `paragraphs[${index}]`));
        record.applied?.forEach((number, index) => this.reference('ruling', number, line, `applied[${index}]`));
        record.reasons?.forEach((code, index) => this.reference('reversalReason', code, line, `reasons[${index}]`));
        break;
    }
  }

  private addConsolidation(record: Extract<ImportRecord, { kind: 'consolidation' }>, line: number): void {
    const issued = record.issued ?? [];
    issued.forEach((number, index) => this.reference('ruling', number, line, `issued[${index}]`));
    record.repeals.forEach((repeal, index) => {
      const field = `repeals[${index}].ruling`;
      this.reference('ruling', repeal.ruling, line, field);
      const rulingDate = this.rulingDates.get(repeal.ruling);
      if (rulingDate === undefined) {
        this.repealDateChecks.push({ ruling: repeal.ruling, consolidationDate: record.decidedOn, line, field });
      } else if (record.decidedOn < rulingDate) {
        this.report({
          line,
          field: 'decidedOn',
          message: `${record.decidedOn} is before ${repeal.ruling} was decided (${rulingDate}); a consolidation cannot repeal a later ruling`,
          expected: `a date on or after ${rulingDate}`,
        });
      }
      if (repeal.extent === 'FULL') {
        const earlier = this.fullyRepealedInStream.get(repeal.ruling);
        if (earlier !== undefined && earlier !== record.id) {
          this.report({
            line,
            field,
            message: `${repeal.ruling} is already fully repealed by consolidation ${earlier}`,
            expected: 'a ruling still in force',
          });
        }
        this.fullyRepealedInStream.set(repeal.ruling, record.id);
        this.fullRepeals.push({ ruling: repeal.ruling, consolidation: record.id, line, field });
      }
      for (const successor of issued) {
        this.lineageEdges.push({ from: successor, to: repeal.ruling, line, field });
      }
    });
  }
}
