import { loadQueries } from '../db/cypher-registry';
import { BadUserInputError, ConflictError } from '../errors';
import { parseArgument } from '../graphql/reference-input';
import { parseParagraphRef } from '../paragraph/paragraph-ref';
import type { EditOperation } from './edit';
import type { AddParagraphSuccessionInput } from './add-paragraph-succession.input';
import { withoutNulls } from './ruling-record';

const queries = loadQueries('editing', ['paragraph-record'] as const);

interface StoredParagraph {
  ref: string;
  title: string | null;
  validFrom: string | null;
  validTo: string | null;
  replaces: string[];
}

/**
 * The importer states a succession on the later paragraph's record (`replaces`), so the stored
 * record of `to` is written again with `from` added: the importer's checks find a cycle with the
 * stored succession, and its write path links SUCCEEDED_BY {on: validFrom}.
 */
export function addParagraphSuccessionEdit(input: AddParagraphSuccessionInput): EditOperation & { to: string } {
  const from = parseArgument('input.from', () => parseParagraphRef(input.from).canonical);
  const to = parseArgument('input.to', () => parseParagraphRef(input.to).canonical);
  return {
    to,
    operation: 'addParagraphSuccession',
    input,
    async plan(reader) {
      const [row] = await reader.query<{ paragraph: StoredParagraph }>(queries['paragraph-record'], { ref: to });
      if (!row)
        throw new BadUserInputError(`Nothing was written. input.to: unknown paragraph "${to}"`, {
          field: 'input.to',
          expected: 'a paragraph in the graph',
        });
      const stored = row.paragraph;
      if (stored.replaces.includes(from))
        throw new ConflictError(`Nothing was written. input.from: ${from} is already succeeded by ${to}`, {
          field: 'input.from',
        });
      const record = withoutNulls({
        kind: 'paragraph',
        ref: to,
        title: stored.title,
        validFrom: stored.validFrom,
        validTo: stored.validTo,
        replaces: [...stored.replaces, from],
      });
      const fieldName = (_line: number, field: string) =>
        field.startsWith('replaces') ? 'input.from' : field === 'ref' ? 'input.to' : `input.${field}`;
      return { records: [record], keys: [from, to], fieldName };
    },
  };
}
