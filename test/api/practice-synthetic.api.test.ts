import { writeFileSync } from 'node:fs';
import { syntheticRecords, type SyntheticRecord } from '../../seed/synthetic/index';
import type { ComplaintCaseRecord, ParagraphRecord } from '../../seed/synthetic/records';
import { importNdjson } from '../../src/importer/importer';
import { ndjsonFixture } from '../support/ndjson-fixture';
import { practiceCounts, registeredOf, REVERSAL_OUTCOMES } from '../support/practice-oracle';
import { useTestBed } from '../support/test-bed';

/**
 * Practice statistics against an oracle: generated data, and every figure recomputed here in
 * plain TypeScript from the records, for filters that take every access path and the checks
 * after each.
 */

const REVERSAL = REVERSAL_OUTCOMES;
const registered = registeredOf;
/** Neo4j orders strings by UTF-16 code units, as < does; localeCompare would not. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const records: SyntheticRecord[] = [...syntheticRecords({ rulings: 400, cases: 8000, seed: 11 })];
const cases = records.filter((r): r is ComplaintCaseRecord => r.kind === 'complaintCase');
const paragraphs = records.filter((r): r is ParagraphRecord => r.kind === 'paragraph');

interface Filter {
  paragraph?: string;
  includePredecessors?: boolean;
  law?: string;
  authority?: string;
  area?: string;
  decidedFrom?: string;
  decidedTo?: string;
}

/** The refs a paragraph filter covers: the paragraph and, transitively, those it replaced. */
function chainOf(ref: string, includePredecessors: boolean): Set<string> {
  const refs = new Set([ref]);
  if (!includePredecessors) return refs;
  for (let grew = true; grew;) {
    grew = false;
    for (const p of paragraphs) {
      if (refs.has(p.ref)) {
        for (const old of p.replaces ?? []) {
          if (!refs.has(old)) {
            refs.add(old);
            grew = true;
          }
        }
      }
    }
  }
  return refs;
}

function matching(filter: Filter): ComplaintCaseRecord[] {
  const chain = filter.paragraph ? chainOf(filter.paragraph, filter.includePredecessors ?? true) : undefined;
  return cases.filter(
    (c) =>
      (!chain || c.paragraphs.some((ref) => chain.has(ref))) &&
      (!filter.law || c.paragraphs.some((ref) => ref.startsWith(`${filter.law} §`))) &&
      (!filter.authority || c.authority === filter.authority) &&
      (!filter.area || c.area === filter.area) &&
      (!filter.decidedFrom || c.decidedOn >= filter.decidedFrom) &&
      (!filter.decidedTo || c.decidedOn <= filter.decidedTo),
  );
}

const counts = practiceCounts;

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

function oracle(filter: Filter) {
  const set = matching(filter);
  const total = counts(set);
  const byYear = [...groupBy(set, (c) => c.decidedOn.slice(0, 4)).entries()]
    .sort(([a], [b]) => byText(a, b))
    .map(([year, group]) => ({ year: Number(year), ...counts(group) }));
  const nationalRate = counts(matching({ ...filter, authority: undefined })).reversalRate;
  const byAuthority = [...groupBy(set, (c) => c.authority).entries()]
    .map(([code, group]) => {
      const { decided, onMerits, reversed, reversalRate } = counts(group);
      return { authority: { code }, decided, onMerits, reversed, reversalRate, nationalRate };
    })
    .sort(
      (a, b) =>
        (b.reversalRate ?? -Infinity) - (a.reversalRate ?? -Infinity) ||
        b.decided - a.decided ||
        byText(a.authority.code, b.authority.code),
    );
  const reversedCases = set.filter((c) => REVERSAL.includes(registered(c)));
  const reasons = [
    ...groupBy(
      reversedCases.flatMap((c) => c.reasons.map((code) => ({ code }))),
      (r) => r.code,
    ).entries(),
  ]
    .map(([code, group]) => ({ reason: { code }, count: group.length, share: group.length / reversedCases.length }))
    .sort((a, b) => b.count - a.count || byText(a.reason.code, b.reason.code));
  const mostAppliedRulings = [
    ...groupBy(
      reversedCases.flatMap((c) => c.applied.map((number) => ({ number }))),
      (r) => r.number,
    ).entries(),
  ]
    .map(([number, group]) => ({ ruling: { number }, count: group.length }))
    .sort((a, b) => b.count - a.count || byText(a.ruling.number, b.ruling.number))
    .slice(0, 5);
  return { ...total, byYear, byAuthority, reasons, mostAppliedRulings };
}

const SELECTION = `
  decided onMerits reversed reversalRate outcomes { upheld changed annulled remanded dismissed }
  byYear { year decided onMerits reversed reversalRate outcomes { upheld changed annulled remanded dismissed } }
  byAuthority(first: 500, minOnMerits: 0) { authority { code } decided onMerits reversed reversalRate nationalRate }
  reasons { reason { code } count share }
  mostAppliedRulings(first: 5) { ruling { number } count }`;

// Filters chosen from the data, so each is non-trivial whatever the generator's calibration.
const lawOf = (ref: string) => ref.slice(0, ref.indexOf(' §'));
const busiest = <T>(values: T[]) =>
  [...groupBy(values, String).entries()].sort((a, b) => b[1].length - a[1].length)[0][1][0];
const bigLaw = busiest(cases.flatMap((c) => [...new Set(c.paragraphs.map(lawOf))]));
const authority = busiest(cases.map((c) => c.authority));
const area = busiest(cases.map((c) => c.area));
const succeeded = paragraphs.find(
  (p) =>
    p.replaces?.length &&
    matching({ paragraph: p.ref, includePredecessors: false }).length > 0 &&
    matching({ paragraph: p.replaces[0] }).length > 0,
)!;
const twoOfOneLaw = cases.find((c) => c.paragraphs.length === 2 && lawOf(c.paragraphs[0]) === lawOf(c.paragraphs[1]));

const FILTERS: [string, Filter][] = [
  ['no filter', {}],
  ['the busiest law', { law: bigLaw }],
  ['the busiest law and authority', { law: bigLaw, authority }],
  ['the busiest law in 2021-2022', { law: bigLaw, decidedFrom: '2021-01-01', decidedTo: '2022-12-31' }],
  ['an authority', { authority }],
  ['an authority from 2020 in an area', { authority, decidedFrom: '2020-01-01', area }],
  ['an area', { area }],
  ['an area in 2019', { area, decidedFrom: '2019-01-01', decidedTo: '2019-12-31' }],
  ['decided until mid-2017', { decidedTo: '2017-06-30' }],
  // The same sets through the cases instead of practice cells (dates not on whole years).
  ['no filter, from the cases', { decidedFrom: '1990-01-02' }],
  ['the busiest law, from the cases', { law: bigLaw, decidedTo: '2030-06-30' }],
  ['the busiest law and authority, from the cases', { law: bigLaw, authority, decidedFrom: '2000-01-02' }],
  ['an area, from the cases', { area, decidedFrom: '2000-01-02' }],
  ['a renumbered paragraph with its predecessors', { paragraph: succeeded.ref }],
  ['a renumbered paragraph alone', { paragraph: succeeded.ref, includePredecessors: false }],
  [
    'a renumbered paragraph, an authority, a law and dates',
    { paragraph: succeeded.ref, authority, law: lawOf(succeeded.replaces![0]), decidedFrom: '2016-01-01' },
  ],
];

const { db, api } = useTestBed({
  timeoutMs: 300_000,
  setup: async () => {
    const fixture = ndjsonFixture([]);
    try {
      writeFileSync(fixture.path, records.map((record) => JSON.stringify(record)).join('\n') + '\n');
      await importNdjson(db.executor, fixture.path);
    } finally {
      fixture.remove();
    }
  },
});

describe('practice on generated data agrees with an oracle computed from the records', () => {
  it('has the generated data it needs: a renumbered paragraph with cases on both sides, a case with two paragraphs of one law', () => {
    expect(succeeded).toBeDefined();
    expect(twoOfOneLaw).toBeDefined();
  });

  it.each(FILTERS)('%s', async (_name, filter) => {
    const { body } = await api.query(`query($filter: PracticeFilter!) { practice(filter: $filter) { ${SELECTION} } }`, {
      filter,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.practice).toEqual(oracle(filter));
  });

  it('counts a case under two paragraphs of one law once for that law', async () => {
    const law = lawOf(twoOfOneLaw!.paragraphs[0]);
    const { body } = await api.query(`query($filter: PracticeFilter!) { practice(filter: $filter) { decided } }`, {
      filter: {
        law,
        decidedFrom: twoOfOneLaw!.decidedOn,
        decidedTo: twoOfOneLaw!.decidedOn,
        authority: twoOfOneLaw!.authority,
      },
    });
    expect(body.data!.practice.decided).toBe(
      matching({
        law,
        decidedFrom: twoOfOneLaw!.decidedOn,
        decidedTo: twoOfOneLaw!.decidedOn,
        authority: twoOfOneLaw!.authority,
      }).length,
    );
  });
});
