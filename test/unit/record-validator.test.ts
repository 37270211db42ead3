import { validateRecordLine } from '../../src/importer/record-validator';

const TODAY = '2026-01-01';
const ruling = (fields: Record<string, unknown>) =>
  JSON.stringify({
    kind: 'ruling',
    number: '51-19',
    title: 'Merudgifter',
    decidedOn: '2019-05-02',
    area: 'children',
    paragraphs: ['SEL § 41'],
    ...fields,
  });
const problemsOf = (text: string) => {
  const result = validateRecordLine(text, 7, TODAY);
  return result.ok ? [] : result.problems;
};

describe('validateRecordLine lists every problem of a record at once, each once', () => {
  it('names a date that is neither YYYY-MM-DD nor a calendar date once', () => {
    const problems = problemsOf(ruling({ decidedOn: '2019-1-45' }));
    expect(problems).toEqual([
      { line: 7, field: 'decidedOn', message: 'not a date', expected: expect.stringContaining('YYYY-MM-DD') },
    ]);
  });

  it('lists schema problems together with the checks beyond the schema', () => {
    const { area: _area, ...withoutArea } = JSON.parse(
      ruling({ title: 'Sag om 010203-1234', paragraphs: ['SEL § 41', 'no such form'], cites: ['51-19'] }),
    );
    const problems = problemsOf(JSON.stringify({ ...withoutArea, decidedOn: '2030-01-01', extra: true }));
    expect(problems.map((problem) => problem.field).sort()).toEqual(
      ['area', 'cites', 'decidedOn', 'extra', 'paragraphs[1]', 'title'].sort(),
    );
    expect(new Set(problems.map((problem) => problem.field)).size).toBe(problems.length);
  });

  it('checks the fields of the right type when others have the wrong one', () => {
    const problems = problemsOf(
      JSON.stringify({
        kind: 'consolidation',
        id: 'c1',
        decidedOn: 42,
        type: 'MERGE',
        repeals: [{ ruling: 'bad number', extent: 'FULL' }, 'x'],
        containsNewPractice: false,
      }),
    );
    expect(problems.map((problem) => problem.field).sort()).toEqual(
      ['decidedOn', 'issued', 'repeals[0].ruling', 'repeals[1]'].sort(),
    );
  });

  it('accepts a valid record and returns it in canonical form', () => {
    const result = validateRecordLine(ruling({ number: 'SM C-16-99', paragraphs: ['serviceloven §41'] }), 1, TODAY);
    expect(result).toEqual({
      ok: true,
      record: expect.objectContaining({ number: 'C-16-99', paragraphs: ['SEL § 41'] }),
    });
  });
});
