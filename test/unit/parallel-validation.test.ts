import { validateInParallel, type ValidatedLine } from '../../src/importer/parallel-validation';
import { validateRecordLine } from '../../src/importer/record-validator';
import { syntheticRecords } from '../../seed/synthetic';

/** Worker threads must give exactly what validating line by line gives, in file order. */

const today = '2026-11-23';

async function* linesOf(texts: string[]) {
  for (let i = 0; i < texts.length; i++) yield { line: i + 1, text: texts[i] };
}

async function inParallel(texts: string[], threads: number): Promise<ValidatedLine[]> {
  const all: ValidatedLine[] = [];
  for await (const chunk of validateInParallel(linesOf(texts), today, threads)) all.push(...chunk);
  return all;
}

test('results in file order, equal to validating line by line, across many chunks', async () => {
  const texts = [...syntheticRecords({ rulings: 200, cases: 5000, seed: 3 })].map((record) => JSON.stringify(record));
  // Broken lines among them: bad JSON, an unknown kind, a CPR-like title, a future date.
  texts.splice(10, 0, '{"kind": "law", "id": ');
  texts.splice(2500, 0, '{"kind": "verdict"}');
  texts.splice(4100, 0, JSON.stringify({ kind: 'law', id: 'XX', title: 'Borger 010190-1234', shortTitle: 'x' }));
  texts.push(
    JSON.stringify({
      kind: 'ruling',
      number: '1-99',
      title: 't',
      decidedOn: '2999-01-01',
      area: 'social',
      paragraphs: ['SEL § 41'],
    }),
  );
  const expected = texts.map((text, index) => ({
    line: index + 1,
    result: validateRecordLine(text, index + 1, today),
  }));
  const actual = await inParallel(texts, 2);
  expect(actual).toEqual(expected);
  expect(actual.filter(({ result }) => !result.ok).map(({ line }) => line)).toEqual([11, 2501, 4101, texts.length]);
});

test('stopping early ends the workers without unhandled errors', async () => {
  const texts = Array.from({ length: 10_000 }, (_, i) =>
    JSON.stringify({ kind: 'law', id: `L${String.fromCharCode(65 + (i % 26))}`, title: 't', shortTitle: 's' }),
  );
  let seen = 0;
  for await (const chunk of validateInParallel(linesOf(texts), today, 2)) {
    seen += chunk.length;
    break;
  }
  expect(seen).toBe(2000);
});
