import { floorCypher } from '../../bench/lib/operations';
import { renderFragment } from '../../src/db/cypher-registry';
import { LineageRepository } from '../../src/lineage/lineage.repository';
import { baseRecords, chain, FIXTURE_PARAGRAPH, partialRepeals } from './lineage-fixtures';
import { executeCounted } from '../support/graphql-in-process';
import { useTestBed } from '../support/test-bed';

// A ruling's status on a date is defined once, in cypher/fragments/status/kind.cypher. Every
// statement that yields a status or filters on one (the status record, lists and counts by
// status, search, a paragraph's rulings, applicability, the paragraph overview, the bench's
// floor) is run here on one fixture at dates on both sides of every repeal, and must agree
// with the definition evaluated on its own.
const CHAIN = chain(9);
const DATES = [...CHAIN.dates, '2019-06-01', '2023-06-01', '2040-01-01'];
/** Every status the definition gave on some date: all four must occur, or the test proves little. */
const seen = new Set<string>();
const KINDS = ['IN_FORCE', 'PARTIALLY_REPEALED', 'REPEALED', 'NOT_YET_ISSUED'] as const;
const APPLY = ['IN_FORCE', 'PARTIALLY_REPEALED'];

const { db } = useTestBed({
  seed: true,
  records: [...baseRecords(), ...CHAIN.records, ...partialRepeals()],
  service: false,
});

const DEFINITION = `MATCH (r:Ruling) RETURN r.number AS number, ${renderFragment('status/kind', { ruling: 'r', asOf: '$asOf' })} AS status`;

async function definition(asOf: string): Promise<Map<string, string>> {
  const rows = await db.executor.query<{ number: string; status: string }>(DEFINITION, { asOf });
  return new Map(rows.map((row) => [row.number, row.status]));
}

async function graphql(query: string, variables: Record<string, unknown>) {
  const { result } = await executeCounted(db.executor, query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as any;
}

const numbers = (list: { number: string }[]) => list.map((ruling) => ruling.number).sort();
const having = (statuses: Map<string, string>, kinds: readonly string[], among?: (number: string) => boolean) =>
  [...statuses]
    .filter(([number, status]) => kinds.includes(status) && (among?.(number) ?? true))
    .map(([n]) => n)
    .sort();

describe.each(DATES)('the status rule on %s', (asOf) => {
  let statuses: Map<string, string>;
  beforeAll(async () => {
    statuses = await definition(asOf);
    statuses.forEach((status) => seen.add(status));
  });

  it('the status record (Ruling.status) of every ruling', async () => {
    const keys = [...statuses.keys()].map((number) => ({ number, asOf }));
    const records = await new LineageRepository(db.executor).statuses(keys);
    expect(new Map(records.map((record) => [record!.number, record!.status]))).toEqual(statuses);
    // The kind alone, for selections of status { status } (lineage/status-kind.cypher).
    const kinds = await new LineageRepository(db.executor).statusKinds(keys);
    expect(new Map(kinds.map((record) => [record!.number, record!.status]))).toEqual(statuses);
  });

  it('rulings(filter: {status}) and its totalCount, per status', async () => {
    for (const kind of KINDS) {
      const data = await graphql(
        `
          query ($kind: RulingStatusKind!, $asOf: Date) {
            rulings(first: 100, filter: { status: [$kind], asOf: $asOf }) {
              totalCount
              edges {
                node {
                  number
                }
              }
            }
          }
        `,
        { kind, asOf },
      );
      const expected = having(statuses, [kind]);
      expect(numbers(data.rulings.edges.map((edge: any) => edge.node))).toEqual(expected);
      expect(data.rulings.totalCount).toBe(expected.length);
    }
  });

  it('searchRulings with a status filter, per status', async () => {
    const fixture = (number: string) => CHAIN.numbers.includes(number);
    for (const kind of KINDS) {
      const data = await graphql(
        `
          query ($kind: RulingStatusKind!, $asOf: Date) {
            searchRulings(text: "Testafgørelse", first: 100, filter: { status: [$kind], asOf: $asOf }) {
              totalCount
              edges {
                node {
                  number
                }
              }
            }
          }
        `,
        { kind, asOf },
      );
      const found = numbers(data.searchRulings.edges.map((edge: any) => edge.node)).filter(fixture);
      expect(found).toEqual(having(statuses, [kind], fixture));
    }
  });

  it("a paragraph's rulings, applicableRulings and the paragraph overview", async () => {
    const data = await graphql(
      `
        query ($ref: String!, $asOf: Date) {
          paragraph(ref: $ref) {
            rulings(asOf: $asOf) {
              number
              status(asOf: $asOf) {
                status
              }
            }
            all: rulings(asOf: $asOf, includeRepealed: true) {
              number
            }
          }
          applicableRulings(paragraph: $ref, asOf: $asOf) {
            direct
            status
            ruling {
              number
            }
          }
          paragraphOverview(law: "ASL", asOf: $asOf) {
            paragraph {
              ref
            }
            rulingsInForce
            rulingsPartiallyRepealed
            rulingsRepealed
          }
        }
      `,
      { ref: FIXTURE_PARAGRAPH, asOf },
    );
    const under = new Set(
      (
        await db.executor.query<{ number: string }>(
          `MATCH (r:Ruling)-[:INTERPRETS]->(:Paragraph {ref: $ref}) RETURN r.number AS number`,
          { ref: FIXTURE_PARAGRAPH },
        )
      ).map((row) => row.number),
    );
    const isUnder = (number: string) => under.has(number);
    expect(numbers(data.paragraph.rulings)).toEqual(having(statuses, APPLY, isUnder));
    for (const ruling of data.paragraph.rulings) expect(ruling.status.status).toBe(statuses.get(ruling.number));
    expect(numbers(data.paragraph.all)).toEqual(having(statuses, [...APPLY, 'REPEALED'], isUnder));
    const direct = data.applicableRulings.filter((a: any) => a.direct);
    expect(numbers(direct.map((a: any) => a.ruling))).toEqual(having(statuses, APPLY, isUnder));
    for (const a of data.applicableRulings) expect(a.status).toBe(statuses.get(a.ruling.number));
    const row = data.paragraphOverview.find((p: any) => p.paragraph.ref === FIXTURE_PARAGRAPH);
    expect(row.rulingsInForce).toBe(having(statuses, APPLY, isUnder).length);
    expect(row.rulingsPartiallyRepealed).toBe(having(statuses, ['PARTIALLY_REPEALED'], isUnder).length);
    expect(row.rulingsRepealed).toBe(having(statuses, ['REPEALED'], isUnder).length);
  });

  it("the bench floor's status statement", async () => {
    const floor = floorCypher('ruling-status');
    for (const number of CHAIN.numbers) {
      const [row] = await db.executor.query<{ ruling: { status: { status: string } } }>(floor, { number, asOf });
      expect([number, row.ruling.status.status]).toEqual([number, statuses.get(number)]);
    }
  });
});

it('the fixture has every status on some date', () => {
  expect([...seen].sort()).toEqual([...KINDS].sort());
});
