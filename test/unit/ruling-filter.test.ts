import 'reflect-metadata';
import { RulingStatusKind } from '../../src/lineage/ruling-status.type';
import { EARLIEST_DATE, isUnfiltered, LATEST_DATE, normaliseRulingFilter } from '../../src/ruling-list/ruling-filter';
import { RulingFilter } from '../../src/ruling-list/ruling-filter.input';
import { decodeListCursor, decodeSearchCursor } from '../../src/ruling-list/ruling-cursor';
import { encodeCursor } from '../../src/graphql/connection';

const filter = (fields: Partial<RulingFilter>) => Object.assign(new RulingFilter(), fields);

describe('normaliseRulingFilter', () => {
  it('gives every parameter, with open dates and today for status, when nothing is asked', () => {
    const params = normaliseRulingFilter(null, '2025-05-05');
    expect(params).toEqual({
      law: null,
      paragraph: null,
      withPredecessors: false,
      area: null,
      statuses: null,
      asOf: '2025-05-05',
      decidedFrom: EARLIEST_DATE,
      decidedTo: LATEST_DATE,
    });
    expect(isUnfiltered(params)).toBe(true);
  });

  it('resolves law names and paragraph refs with the shared parsers', () => {
    const params = normaliseRulingFilter(
      filter({ law: 'serviceloven', paragraph: 'barnets lov §86', includePredecessors: true }),
      '2025-05-05',
    );
    expect(params).toMatchObject({ law: 'SEL', paragraph: 'BL § 86', withPredecessors: true });
    expect(isUnfiltered(params)).toBe(false);
  });

  it('sorts and deduplicates statuses', () => {
    const params = normaliseRulingFilter(
      filter({ status: [RulingStatusKind.REPEALED, RulingStatusKind.IN_FORCE, RulingStatusKind.REPEALED] }),
      '2025-05-05',
    );
    expect(params.statuses).toEqual(['IN_FORCE', 'REPEALED']);
  });

  it('refuses a malformed paragraph, an unknown law name and an empty date range', () => {
    expect(() => normaliseRulingFilter(filter({ paragraph: 'paragraph 41' }), '2025-05-05')).toThrow(
      /filter\.paragraph/,
    );
    expect(() => normaliseRulingFilter(filter({ law: 'fooloven' }), '2025-05-05')).toThrow(/filter\.law: unknown law/);
    expect(() =>
      normaliseRulingFilter(filter({ decidedFrom: '2020-01-02', decidedTo: '2020-01-01' }), '2025-05-05'),
    ).toThrow(/decidedFrom/);
  });
});

describe('ruling cursors', () => {
  it("decode what the lists encode, and refuse each other's cursors", () => {
    expect(decodeListCursor(encodeCursor(['2020-01-01', '5-20']))).toEqual({ decidedOn: '2020-01-01', number: '5-20' });
    expect(decodeSearchCursor(encodeCursor(['RELEVANCE', 1.25, 0, '2020-01-01', '5-20']))).toEqual({
      score: 1.25,
      standing: 0,
      decidedOn: '2020-01-01',
      number: '5-20',
    });
    expect(() => decodeListCursor(encodeCursor([1.25, '5-20']))).toThrow(/not a cursor of rulings/);
    expect(() => decodeSearchCursor(encodeCursor(['2020-01-01', '5-20']))).toThrow(/not a cursor of searchRulings/);
    expect(() => decodeListCursor('garbage')).toThrow(/not a cursor/);
  });
});
