import { loadQueries, renderFragment } from '../../src/db/cypher-registry';

// Narrowing cuts the planner's fragments to what a query asks; statements read from files stay whole.

const WHOLE_RULING = 'r {.number, .title, .summary, .decidedOn, .datePrecision, .area, .eli}';

describe('fragments as statements read from files include them', () => {
  it('keep every {{#…}} section, drop every {{^…}} one and project whole records', () => {
    const { 'status-of-rulings': status, 'replaces-of-rulings': replaces } = loadQueries('lineage', [
      'status-of-rulings',
      'replaces-of-rulings',
    ] as const);
    for (const part of ['successors:', 'changedParagraphs:', 'citesRepealed:']) expect(status).toContain(part);
    expect(replaces).toContain('MATCH (c:Consolidation {id: step.consolidation})');
    expect(replaces).not.toContain('min(step.on)');
    expect(status + replaces).not.toMatch(/\{\{[#^/]/);
  });
});

describe('a narrowed fragment', () => {
  const narrowing = (parts: string[], properties: Record<string, string[]> = {}) => ({
    parts: new Set(parts),
    properties,
  });

  it('keeps the sections named and drops the others, and their {{^…}} counterparts the other way round', () => {
    const status = renderFragment('lineage/status', { ruling: 'r', asOf: '$asOf' }, narrowing(['statusSuccessors']));
    expect(status).toContain('successors:');
    expect(status).not.toContain('changedParagraphs:');
    expect(status).not.toContain('citesRepealed:');
    expect(status).not.toContain('repeals:');
    const withRepeals = renderFragment('lineage/status', { ruling: 'r', asOf: '$asOf' }, narrowing(['statusRepeals']));
    expect(withRepeals).toMatch(/repealedOn: .*\n.*repealedBy: .*\n.*repeals: repeals/);
    const steps = renderFragment('lineage/replaces', { ruling: 'r', maxDepth: '$d' }, narrowing([]));
    expect(steps).toContain('min(step.on)');
    expect(steps).not.toContain('Consolidation');
  });

  it('projects only the properties given, in the fragment order, wherever the projection is included', () => {
    const record = renderFragment(
      'ruling/record',
      { ruling: 'x' },
      narrowing([], { 'projection/ruling': ['decidedOn', 'number'] }),
    );
    expect(record).toContain('r {.number, .decidedOn}');
    expect(renderFragment('ruling/record', { ruling: 'x' })).toContain(WHOLE_RULING);
  });

  it('refuses a property the projection does not have', () => {
    expect(() =>
      renderFragment('ruling/record', { ruling: 'x' }, narrowing([], { 'projection/ruling': ['password'] })),
    ).toThrow('cypher/fragments/projection/ruling.cypher projects no password');
  });
});
