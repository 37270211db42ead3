import { practiceCellKey, practiceCellsOf } from '../../src/complaint-case/practice-cell';
import {
  ACCESS_PATHS,
  accessPathOf,
  AGGREGATIONS,
  CELL_AGGREGATIONS,
  cellFilterOf,
  cellStatement,
  checksOf,
  practiceStatement,
} from '../../src/practice/practice-statement';
import {
  normalisePracticeFilter,
  parsePracticeKey,
  practiceKey,
  withoutAuthority,
} from '../../src/practice/practice-query';
import { PERIOD_VALUES } from '../../src/practice/period-row';

const none = {
  paragraph: null,
  includePredecessors: true,
  law: null,
  authority: null,
  area: null,
  decidedFrom: null,
  decidedTo: null,
};

describe('practice filters', () => {
  it('are canonicalised, so two spellings of one filter share a key', () => {
    const a = normalisePracticeFilter({ paragraph: 'barnets lov §86', law: 'serviceloven', authority: ' 101 ' });
    const b = normalisePracticeFilter({
      paragraph: 'BL § 86',
      law: 'SEL',
      authority: '101',
      includePredecessors: true,
    });
    expect(a).toEqual({ ...none, paragraph: 'BL § 86', law: 'SEL', authority: '101' });
    expect(practiceKey(a)).toBe(practiceKey(b));
    expect(parsePracticeKey(practiceKey(a))).toEqual(a);
  });

  it('drop includePredecessors without a paragraph, and keep it with one', () => {
    expect(normalisePracticeFilter({ includePredecessors: false })).toEqual(none);
    expect(normalisePracticeFilter({ paragraph: 'SEL § 41', includePredecessors: false }).includePredecessors).toBe(
      false,
    );
    expect(normalisePracticeFilter(null)).toEqual(none);
  });

  it('take the paragraph of Paragraph.practice from its parent', () => {
    expect(normalisePracticeFilter({ area: 'children' }, 'BL § 86')).toEqual({
      ...none,
      paragraph: 'BL § 86',
      area: 'children',
    });
  });

  it('refuse a decidedFrom after decidedTo, an unknown law name and a malformed paragraph, naming the field', () => {
    expect(() => normalisePracticeFilter({ decidedFrom: '2024-02-01', decidedTo: '2024-01-31' })).toThrow(
      /filter.decidedFrom/,
    );
    expect(() => normalisePracticeFilter({ law: 'fooloven' })).toThrow(/filter.law/);
    expect(() => normalisePracticeFilter({ paragraph: 'SEL 41' })).toThrow(/filter.paragraph/);
  });

  it('withoutAuthority keeps everything else', () => {
    const query = normalisePracticeFilter({ law: 'SEL', authority: '101', area: 'children' });
    expect(withoutAuthority(query)).toEqual({ ...query, authority: null });
  });
});

describe('practice statements', () => {
  it('take the access path of the most selective criterion', () => {
    expect(accessPathOf({ ...none, paragraph: 'SEL § 41', authority: '101', law: 'SEL' })).toBe('PARAGRAPH');
    expect(accessPathOf({ ...none, authority: '101', law: 'SEL', area: 'children' })).toBe('AUTHORITY');
    expect(accessPathOf({ ...none, law: 'SEL', area: 'children', decidedFrom: '2020-01-01' })).toBe('LAW');
    expect(accessPathOf({ ...none, area: 'children', decidedTo: '2020-01-01' })).toBe('AREA');
    expect(accessPathOf({ ...none, decidedTo: '2020-01-01' })).toBe('DECISION_DATE');
    expect(accessPathOf(none)).toBe('ALL');
  });

  it('check only what the access path does not apply itself', () => {
    expect(checksOf({ ...none, law: 'SEL' }, 'LAW')).toBeNull();
    expect(checksOf({ ...none, area: 'children', decidedFrom: '2020-01-01' }, 'AREA')).toBeNull();
    expect(checksOf({ ...none, law: 'SEL', decidedFrom: '2020-01-01' }, 'LAW')).toEqual({
      law: null,
      authority: null,
      area: null,
      decidedFrom: '2020-01-01',
      decidedTo: null,
    });
    expect(checksOf({ ...none, paragraph: 'SEL § 41', law: 'SEL', authority: '101' }, 'PARAGRAPH')).toEqual({
      law: 'SEL',
      authority: '101',
      area: null,
      decidedFrom: null,
      decidedTo: null,
    });
  });

  it.each(AGGREGATIONS)('%s joins every access path, with and without checks, at one "WITH f, c"', (aggregation) => {
    for (const path of ACCESS_PATHS) {
      for (const checked of [false, true]) {
        const statement = practiceStatement(aggregation, path, checked);
        expect(statement.startsWith('//') || statement.startsWith('UNWIND')).toBe(true);
        expect(statement.match(/UNWIND \$filters AS f/g)).toHaveLength(1);
        expect(statement.includes('f.check.authority')).toBe(checked);
        expect(statement).toMatch(/\nRETURN key/);
      }
    }
    expect(practiceStatement(aggregation, 'LAW', false)).toContain('<-[:COUNTED_IN]-(c)');
    expect(practiceStatement(aggregation, 'PARAGRAPH', false)).toContain('WITH DISTINCT f, c');
  });
});

describe('practice cells', () => {
  it('answer filters with no paragraph and dates on whole years only', () => {
    expect(cellFilterOf(none)).toEqual({ cellLaw: '*', fromYear: null, toYear: null });
    expect(
      cellFilterOf({
        ...none,
        law: 'SEL',
        authority: '101',
        area: 'children',
        decidedFrom: '2019-01-01',
        decidedTo: '2020-12-31',
      }),
    ).toEqual({
      cellLaw: 'SEL',
      fromYear: 2019,
      toYear: 2020,
    });
    expect(cellFilterOf({ ...none, paragraph: 'SEL § 41' })).toBeNull();
    expect(cellFilterOf({ ...none, law: 'SEL', decidedFrom: '2019-01-02' })).toBeNull();
    expect(cellFilterOf({ ...none, law: 'SEL', decidedTo: '2019-12-30' })).toBeNull();
  });

  it.each(CELL_AGGREGATIONS)('cells-%s.cypher computes exactly as %s.cypher after the grouping line', (aggregation) => {
    const after = (text: string) => text.slice(text.indexOf('\n', text.indexOf('WITH f.key AS key')) + 1);
    expect(after(cellStatement(aggregation))).toBe(after(practiceStatement(aggregation, 'ALL', false)));
  });

  it('key every case by law (or "*"), authority, year, area and outcome, one cell per law and one for all', () => {
    expect(
      practiceCellsOf({
        lawIds: ['SEL', 'BL'],
        authority: '101',
        decidedOn: '2024-03-01',
        area: 'children',
        outcome: 'REMANDED',
      }).map((cell) => cell.key),
    ).toEqual(['SEL|101|2024|children|REMANDED', 'BL|101|2024|children|REMANDED', '*|101|2024|children|REMANDED']);
    expect(practiceCellKey('SEL', '101', 2024, null, 'UPHELD')).toBe('SEL|101|2024||UPHELD');
  });
});

describe('practice by period', () => {
  const afterGrouping = (text: string) => text.slice(text.indexOf('\n', text.indexOf('WITH f.key AS key')) + 1);

  it('computes each period (and authority within it) exactly as totals.cypher computes the whole', () => {
    const totals = afterGrouping(practiceStatement('totals', 'ALL', false)).replace(/\nRETURN[\s\S]*$/, '');
    const periods = afterGrouping(practiceStatement('by-period', 'ALL', false))
      .replace(/\nORDER BY[\s\S]*$/, '')
      .replaceAll('key, code, year, quarter,', 'key,');
    expect(periods).toBe(totals);
  });

  it('returns each period as a list in the order the repository reads it (PERIOD_VALUES)', () => {
    const valuesOf = (text: string) =>
      /collect\(\[([\s\S]*?)\]\) AS periods/
        .exec(text)![1]
        .replace(/CASE WHEN onMerits = 0 THEN null ELSE toFloat\(reversed\) \/ onMerits END/, 'reversalRate')
        .split(',')
        .map((value) => value.trim());
    expect(valuesOf(cellStatement('by-period'))).toEqual([...PERIOD_VALUES]);
    expect(valuesOf(practiceStatement('by-period', 'ALL', false))).toEqual([...PERIOD_VALUES]);
  });

  it('groups by quarter from the cases only: cells count whole years', () => {
    expect(cellStatement('by-period')).toContain('null AS quarter');
    expect(practiceStatement('by-period', 'ALL', false)).toMatch(/WHEN f\.quarters THEN/);
  });
});
