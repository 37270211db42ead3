import { loadQueries } from '../db/cypher-registry';
import { NotFoundError } from '../errors';
import { inputFieldName, type EditOperation } from './edit';
import type { CorrectComplaintCaseInput } from './correct-complaint-case.input';
import { withoutNulls } from './ruling-record';

const queries = loadQueries('editing', ['complaint-case-record'] as const);

interface StoredCase {
  id: string;
  receivedOn: string;
  decidedOn: string;
  outcomes: string[];
  area: string | null;
  authority: string;
  paragraphs: string[];
  applied: string[];
  reasons: string[];
}

/**
 * The stored case with the given lists replaced, written whole through the importer's case
 * statement, which sets the registered outcome by precedence and moves the case out of the
 * practice cells it no longer belongs to and into the right ones (upsert-complaint-cases.cypher).
 */
export function correctComplaintCaseEdit(input: CorrectComplaintCaseInput): EditOperation {
  return {
    operation: 'correctComplaintCase',
    input,
    async plan(reader) {
      const [row] = await reader.query<{ complaintCase: StoredCase }>(queries['complaint-case-record'], {
        id: input.id,
      });
      if (!row) throw new NotFoundError(`input.id: there is no complaint case ${input.id}`);
      const stored = row.complaintCase;
      const record = withoutNulls({
        kind: 'complaintCase',
        id: stored.id,
        receivedOn: stored.receivedOn,
        decidedOn: stored.decidedOn,
        authority: stored.authority,
        area: stored.area,
        paragraphs: input.paragraphs ?? stored.paragraphs,
        outcomes: input.outcomes ?? stored.outcomes,
        applied: input.applied === undefined ? stored.applied : (input.applied ?? []),
        reasons: input.reasons === undefined ? stored.reasons : (input.reasons ?? []),
      });
      return { records: [record], keys: [stored.id], fieldName: inputFieldName() };
    },
  };
}
