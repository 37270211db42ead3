import { loadQueries } from '../db/cypher-registry';
import { ConflictError } from '../errors';
import { parseArgument } from '../graphql/reference-input';
import { parseRulingNumber } from '../ruling/ruling-number';
import { refuseExistingRulings } from './create-ruling.edit';
import type { EditOperation } from './edit';
import type { RecordConsolidationInput } from './record-consolidation.input';
import { canonicalNumber, rulingRecord, withoutNulls } from './ruling-record';

const queries = loadQueries('editing', ['consolidations-by-ids'] as const);

/**
 * The new rulings first (a record may only refer to earlier ones), then the consolidation, which
 * issues the new and the named existing rulings and repeals the old ones. The importer's checks
 * and writeBatch then enforce every invariant and derive REPLACES in the same transaction.
 * Recording is for new consolidations only: an existing id is a CONFLICT, since silently
 * rewriting a consolidation would rewrite lineage (corrections go through importRecords).
 */
export function recordConsolidationEdit(input: RecordConsolidationInput): EditOperation {
  const newRulings = (input.newRulings ?? []).map((ruling, index) => ({
    ...ruling,
    number: parseArgument(`input.newRulings[${index}].number`, () => parseRulingNumber(ruling.number)),
  }));
  const issued = [...newRulings.map((ruling) => ruling.number), ...(input.issued ?? [])];
  const consolidation = withoutNulls({
    kind: 'consolidation',
    id: input.id,
    title: input.title,
    decidedOn: input.decidedOn,
    datePrecision: input.datePrecision,
    type: input.kind,
    containsNewPractice: input.containsNewPractice,
    issued,
    repeals: input.repeals.map((repeal) => ({ ruling: repeal.ruling, extent: repeal.extent })),
  });
  const consolidationLine = newRulings.length + 1;
  // Record fields back to input fields: issued[i] beyond the new rulings is input.issued[i - n].
  const fieldName = (line: number, field: string): string => {
    if (line < consolidationLine) return `input.newRulings[${line - 1}]${field ? `.${field}` : ''}`;
    const issuedAt = /^issued\[(\d+)\](.*)$/.exec(field);
    if (issuedAt) {
      const index = Number(issuedAt[1]);
      return index < newRulings.length
        ? `input.newRulings[${index}].number`
        : `input.issued[${index - newRulings.length}]${issuedAt[2]}`;
    }
    if (field === 'type') return 'input.kind';
    return field ? `input.${field}` : 'input';
  };
  return {
    operation: 'recordConsolidation',
    input,
    async plan(reader) {
      const [existing] = await reader.query<{ id: string }>(queries['consolidations-by-ids'], { ids: [input.id] });
      if (existing)
        throw new ConflictError(`Nothing was written. input.id: consolidation ${input.id} already exists`, {
          field: 'input.id',
        });
      await refuseExistingRulings(
        reader,
        newRulings.map((ruling) => ruling.number),
        (index) => `input.newRulings[${index}].number`,
      );
      return {
        records: [...newRulings.map((ruling) => rulingRecord(ruling)), consolidation],
        keys: [
          input.id,
          ...issued.map(canonicalNumber),
          ...input.repeals.map((repeal) => canonicalNumber(repeal.ruling)),
        ],
        fieldName,
      };
    },
  };
}
