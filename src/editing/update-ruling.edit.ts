import { loadQueries } from '../db/cypher-registry';
import { NotFoundError } from '../errors';
import { parseArgument } from '../graphql/reference-input';
import { parseRulingNumber } from '../ruling/ruling-number';
import { inputFieldName, type EditOperation } from './edit';
import { rulingRecord } from './ruling-record';
import type { UpdateRulingInput } from './update-ruling.input';

const queries = loadQueries('editing', ['ruling-record'] as const);

interface StoredRuling {
  number: string;
  title: string;
  summary: string | null;
  decidedOn: string;
  datePrecision: string | null;
  area: string;
  eli: string | null;
  paragraphs: string[];
  cites: string[];
}

/** The stored ruling with the given fields replaced, written whole as one ruling record. */
export function updateRulingEdit(input: UpdateRulingInput): EditOperation & { number: string } {
  const number = parseArgument('input.number', () => parseRulingNumber(input.number));
  return {
    number,
    operation: 'updateRuling',
    input,
    async plan(reader) {
      const [row] = await reader.query<{ ruling: StoredRuling }>(queries['ruling-record'], { number });
      if (!row) throw new NotFoundError(`input.number: there is no ruling ${number}`);
      const stored = row.ruling;
      const changes = input as unknown as Record<string, unknown>;
      const pick = <K extends keyof StoredRuling>(key: K): StoredRuling[K] =>
        changes[key] === undefined ? stored[key] : (changes[key] as StoredRuling[K]);
      const record = rulingRecord({
        number,
        title: pick('title'),
        summary: pick('summary'),
        decidedOn: pick('decidedOn'),
        datePrecision: pick('datePrecision'),
        area: pick('area'),
        eli: pick('eli'),
        paragraphs: pick('paragraphs'),
        cites: pick('cites'),
      });
      return { records: [record], keys: [number], fieldName: inputFieldName() };
    },
  };
}
