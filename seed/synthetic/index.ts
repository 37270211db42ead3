import { buildAuthorities } from './authorities';
import { complaintCases, MAX_CASES_PER_YEAR } from './complaint-cases';
import { buildParagraphCatalogue } from './laws-and-paragraphs';
import type { RecordKind, SyntheticRecord } from './records';
import { MAX_RULINGS, RulingLedger, rulingsAndConsolidations } from './rulings-and-consolidations';
import { REVERSAL_REASONS } from './vocabulary';

/**
 * The synthetic data set: laws, paragraphs, authorities, reversal reasons, principle rulings,
 * consolidations and complaint cases at national scale, in the import format of seed/FORMAT.md.
 * The stream is self-contained (it loads into an empty database), every reference points to an
 * earlier record, and the same options always give the same records.
 *
 * Records are produced lazily: only compact per-ruling arrays are held, never the output, so
 * 100,000 rulings and 1,000,000 cases fit in a small, constant heap.
 */

export type { RecordKind, SyntheticRecord } from './records';

export interface SyntheticOptions {
  /** Number of principle rulings, including those issued by consolidations. */
  rulings: number;
  /** Number of complaint cases. */
  cases: number;
  /** Any safe integer; the same seed gives byte-identical output. */
  seed: number;
}

/** Spread over 11 years of cases; kept well below the 9,999,999 a year the case ids allow. */
export const MAX_CASES = 50_000_000;

export function validateOptions(options: SyntheticOptions): void {
  const { rulings, cases, seed } = options;
  if (!Number.isSafeInteger(rulings) || rulings < 1) throw new RangeError('rulings must be a positive integer');
  if (rulings > MAX_RULINGS)
    throw new RangeError(
      `rulings must be at most ${MAX_RULINGS} (the ruling number format allows 999 per letter and year)`,
    );
  if (!Number.isSafeInteger(cases) || cases < 0) throw new RangeError('cases must be a non-negative integer');
  if (cases > MAX_CASES)
    throw new RangeError(`cases must be at most ${MAX_CASES} (case ids allow ${MAX_CASES_PER_YEAR} a year)`);
  if (!Number.isSafeInteger(seed)) throw new RangeError('seed must be an integer');
}

export function* syntheticRecords(options: SyntheticOptions): Generator<SyntheticRecord> {
  validateOptions(options);
  const catalogue = buildParagraphCatalogue(options.rulings, options.seed);
  const authorities = buildAuthorities(options.seed);
  const ledger = new RulingLedger(options.rulings);

  yield* REVERSAL_REASONS;
  yield* authorities.records;
  yield* catalogue.lawRecords();
  yield* catalogue.paragraphRecords();
  yield* rulingsAndConsolidations(options, catalogue, ledger);
  yield* complaintCases(options, catalogue, ledger, authorities);
}

export type RecordCounts = Record<RecordKind, number>;

/**
 * Serialises every record as one JSON line and hands it to `writeLine` (without the newline).
 * If `writeLine` returns a promise (a stream asking for backpressure), generation waits for it.
 * Resolves with the number of records of each kind.
 */
export async function generateSynthetic(
  options: SyntheticOptions,
  writeLine: (line: string) => void | Promise<void>,
): Promise<RecordCounts> {
  const counts: RecordCounts = {
    reversalReason: 0,
    authority: 0,
    law: 0,
    paragraph: 0,
    ruling: 0,
    consolidation: 0,
    complaintCase: 0,
  };
  for (const record of syntheticRecords(options)) {
    counts[record.kind]++;
    const pending = writeLine(JSON.stringify(record));
    if (pending) await pending;
  }
  return counts;
}
