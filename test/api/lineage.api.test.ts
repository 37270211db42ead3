import { todayIso } from '../../src/shared/iso-date';
import { importRecords } from '../support/ndjson-fixture';
import { baseRecords, chain, standalone } from '../integration/lineage-fixtures';
import { useTestBed } from '../support/test-bed';

const CHAIN = chain(9);
const STANDALONE = standalone(11);

const { db, api } = useTestBed({
  seed: true,
  setup: async () => {
    // On top of the seed: the depth-8 chain, 11 unrelated rulings (30 + 9 + 11 = 50 rulings), and
    // 25-20, which cites a seed ruling that was repealed in 2019 and one still in force.
    await importRecords(db.executor, [
      ...baseRecords(),
      ...CHAIN.records,
      ...STANDALONE,
      {
        kind: 'ruling',
        number: '25-20',
        title: 'Citerer U-10-08 og 51-19',
        decidedOn: '2020-05-01',
        area: 'work-injury',
        paragraphs: ['ASL § 5'],
        cites: ['U-10-08', '51-19'],
      },
    ]);
  },
});

describe('Ruling.replaces and replacedBy on the real seed', () => {
  it('51-19 replaces exactly 10-18, U-10-08, 182-12 and U-16-00, directly, through consolidation 2019-51', async () => {
    const { body } = await api.query(`{
      ruling(number: "51-19") {
        replaces { depth extent on ruling { number } consolidation { consolidationId kind } }
        replacedBy { ruling { number } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const steps = body.data!.ruling.replaces;
    expect(steps.map((step: any) => step.ruling.number).sort()).toEqual(['10-18', '182-12', 'U-10-08', 'U-16-00']);
    for (const step of steps) {
      expect(step).toMatchObject({
        depth: 1,
        extent: 'FULL',
        on: '2019-01-01',
        consolidation: { consolidationId: '2019-51', kind: 'MERGE' },
      });
    }
    expect(body.data!.ruling.replacedBy).toEqual([]);
  });

  it('U-10-08 (asked as "SM U-10-08") is replaced by 51-19', async () => {
    const { body } = await api.query(`{ ruling(number: "SM U-10-08") { replacedBy { depth ruling { number } } } }`);
    expect(body.data!.ruling.replacedBy).toEqual([{ depth: 1, ruling: { number: '51-19' } }]);
  });

  it('the generated chain: depth 8 both ways, limited by maxDepth', async () => {
    const { body } = await api.query(
      `query($newest: String!, $oldest: String!) {
        newest: ruling(number: $newest) { all: replaces { depth } three: replaces(maxDepth: 3) { depth ruling { number } } }
        oldest: ruling(number: $oldest) { replacedBy(maxDepth: 25) { depth ruling { number } } }
      }`,
      { newest: CHAIN.numbers[8], oldest: CHAIN.numbers[0] },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.newest.all.map((step: any) => step.depth)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(body.data!.newest.three.map((step: any) => step.ruling.number)).toEqual([
      CHAIN.numbers[7],
      CHAIN.numbers[6],
      CHAIN.numbers[5],
    ]);
    expect(body.data!.oldest.replacedBy.map((step: any) => [step.ruling.number, step.depth])).toEqual(
      CHAIN.numbers.slice(1).map((number, index) => [number, index + 1]),
    );
  });

  it.each([0, 26, -1])('refuses maxDepth %p with BAD_USER_INPUT naming the field and the range', async (maxDepth) => {
    const { status, body } = await api.query(
      `query($d: Int!) { ruling(number: "51-19") { replaces(maxDepth: $d) { depth } } }`,
      { d: maxDepth },
    );
    expect(status).toBe(200);
    const [error] = body.errors!;
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/maxDepth/);
    expect(error.message).toMatch(maxDepth > 25 ? /at most 25/ : /at least 1/);
    expect(error.extensions!.stacktrace).toBeUndefined();
  });

  it('applies the same depth limits to replacedBy and lineage', async () => {
    // Separate parents: a failing non-null field nulls its parent, and GraphQL then drops its siblings' errors.
    const { body } = await api.query(`{
      a: ruling(number: "51-19") { replacedBy(maxDepth: 26) { depth } }
      b: ruling(number: "51-19") { lineage(maxDepth: 0) { nodes { number } } }
    }`);
    expect(body.errors!.map((error) => error.extensions!.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
  });
});

describe('Ruling.lineage', () => {
  it('51-19 on the seed: itself and its four predecessors, four edges from 51-19, each with consolidation 2019-51', async () => {
    const { body } = await api.query(`{
      ruling(number: "51-19") {
        lineage { nodes { number depth direction ruling { decidedOn } } edges { from to consolidationId extent on consolidation { title } } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const { nodes, edges } = body.data!.ruling.lineage;
    expect(nodes[0]).toEqual({ number: '51-19', depth: 0, direction: 'ROOT', ruling: { decidedOn: '2019-01-01' } });
    expect(nodes.slice(1).map((node: any) => [node.number, node.depth, node.direction])).toEqual([
      ['U-16-00', 1, 'PREDECESSOR'],
      ['U-10-08', 1, 'PREDECESSOR'],
      ['182-12', 1, 'PREDECESSOR'],
      ['10-18', 1, 'PREDECESSOR'],
    ]);
    expect(edges).toHaveLength(4);
    for (const edge of edges) {
      expect(edge).toMatchObject({
        from: '51-19',
        consolidationId: '2019-51',
        extent: 'FULL',
        on: '2019-01-01',
        consolidation: { title: expect.stringContaining('51-19') },
      });
    }
  });

  it('the middle of the chain with maxDepth 2 draws 5 nodes and 4 edges', async () => {
    const { body } = await api.query(
      `query($n: String!) { ruling(number: $n) { lineage(maxDepth: 2) { nodes { number direction } edges { from to } } } }`,
      {
        n: CHAIN.numbers[4],
      },
    );
    expect(body.data!.ruling.lineage.nodes.map((node: any) => node.direction)).toEqual([
      'ROOT',
      'PREDECESSOR',
      'PREDECESSOR',
      'SUCCESSOR',
      'SUCCESSOR',
    ]);
    expect(body.data!.ruling.lineage.edges).toHaveLength(4);
  });
});

describe('Ruling.status(asOf)', () => {
  const STATUS = `query($n: String!, $asOf: Date) {
    ruling(number: $n) {
      status(asOf: $asOf) {
        status asOf repealedOn lawChanged
        repealedBy { consolidationId kind issued { number } }
        repeals { extent on consolidation { consolidationId } }
        successors { number }
        changedParagraphs { ref }
        citesRepealed { number }
      }
    }
  }`;
  const statusOf = async (n: string, asOf?: string) => {
    const { body } = await api.query(STATUS, { n, asOf });
    expect(body.errors).toBeUndefined();
    return body.data!.ruling.status;
  };

  it('U-10-08 on 2020-01-01: REPEALED by 2019-51, the consolidation that issued 51-19, succeeded by 51-19', async () => {
    expect(await statusOf('U-10-08', '2020-01-01')).toEqual({
      status: 'REPEALED',
      asOf: '2020-01-01',
      repealedOn: '2019-01-01',
      lawChanged: false,
      repealedBy: { consolidationId: '2019-51', kind: 'MERGE', issued: [{ number: '51-19' }] },
      repeals: [{ extent: 'FULL', on: '2019-01-01', consolidation: { consolidationId: '2019-51' } }],
      successors: [{ number: '51-19' }],
      changedParagraphs: [],
      citesRepealed: [],
    });
  });

  it('U-10-08 is IN_FORCE on 2015-01-01 and NOT_YET_ISSUED before 2008-01-01', async () => {
    expect(await statusOf('U-10-08', '2015-01-01')).toMatchObject({
      status: 'IN_FORCE',
      repealedOn: null,
      repealedBy: null,
      successors: [],
    });
    expect((await statusOf('U-10-08', '2007-12-31')).status).toBe('NOT_YET_ISSUED');
  });

  it('10-14 interprets SEL § 41, succeeded by BL § 86 on 2024-01-01: lawChanged false on 2023-06-01, true on 2024-06-01', async () => {
    expect(await statusOf('10-14', '2023-06-01')).toMatchObject({
      status: 'IN_FORCE',
      lawChanged: false,
      changedParagraphs: [],
    });
    expect(await statusOf('10-14', '2024-06-01')).toMatchObject({
      status: 'IN_FORCE',
      lawChanged: true,
      changedParagraphs: [{ ref: 'SEL § 41' }],
    });
  });

  it('citesRepealed: 72-14 relies on 71-14, still in force; 25-20 relies on U-10-08, repealed, and 51-19, in force', async () => {
    expect((await statusOf('72-14', '2024-06-01')).citesRepealed).toEqual([]);
    expect((await statusOf('25-20', '2020-06-01')).citesRepealed).toEqual([{ number: 'U-10-08' }]);
  });

  it('a chain ruling whose successors were repealed in turn lists the one in force on the date', async () => {
    expect((await statusOf(CHAIN.numbers[0], '2015-06-01')).successors).toEqual([{ number: CHAIN.numbers[5] }]);
    expect((await statusOf(CHAIN.numbers[0], '2024-06-01')).successors).toEqual([{ number: CHAIN.numbers[8] }]);
  });

  it('defaults asOf to today (UTC)', async () => {
    expect(await statusOf('51-19')).toMatchObject({ asOf: todayIso(), status: 'IN_FORCE' });
  });

  it('refuses an impossible date with BAD_USER_INPUT', async () => {
    const { body } = await api.query(
      `query($asOf: Date) { ruling(number: "51-19") { status(asOf: $asOf) { status } } }`,
      { asOf: '2023-02-30' },
    );
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toMatch(/YYYY-MM-DD/);
  });
});

describe('Consolidation', () => {
  it('consolidation(id) with what it issued and repealed, refetchable through node(id)', async () => {
    const { body } = await api.query(`{
      consolidation(id: "2019-51") {
        id consolidationId title kind decidedOn datePrecision containsNewPractice
        issued { number }
        repeals { extent ruling { number } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const consolidation = body.data!.consolidation;
    expect(consolidation).toMatchObject({
      consolidationId: '2019-51',
      kind: 'MERGE',
      decidedOn: '2019-01-01',
      datePrecision: 'YEAR',
      containsNewPractice: false,
    });
    expect(consolidation.issued).toEqual([{ number: '51-19' }]);
    expect(consolidation.repeals.map((repeal: any) => repeal.ruling.number)).toEqual([
      'U-16-00',
      'U-10-08',
      '182-12',
      '10-18',
    ]);
    const { body: refetched } = await api.query(
      `query($id: ID!) { node(id: $id) { ... on Consolidation { consolidationId } } }`,
      { id: consolidation.id },
    );
    expect(refetched.data!.node).toEqual({ consolidationId: '2019-51' });
  });

  it('answers null for an unknown id', async () => {
    const { body } = await api.query(`{ consolidation(id: "1999-1") { title } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.consolidation).toBeNull();
  });

  it('Ruling.issuedBy and Ruling.repealedBy', async () => {
    const { body } = await api.query(`{
      new: ruling(number: "51-19") { issuedBy { consolidationId } repealedBy { extent } }
      old: ruling(number: "U-10-08") { issuedBy { consolidationId } repealedBy { extent on consolidation { consolidationId } } }
    }`);
    expect(body.data).toEqual({
      new: { issuedBy: { consolidationId: '2019-51' }, repealedBy: [] },
      old: {
        issuedBy: null,
        repealedBy: [{ extent: 'FULL', on: '2019-01-01', consolidation: { consolidationId: '2019-51' } }],
      },
    });
  });

  it('Ruling.cites and Ruling.citedBy', async () => {
    const { body } = await api.query(`{
      citing: ruling(number: "72-14") { cites { number } citedBy { number } }
      cited: ruling(number: "71-14") { cites { number } citedBy { number } }
    }`);
    expect(body.data).toEqual({
      citing: { cites: [{ number: '71-14' }], citedBy: [] },
      cited: { cites: [], citedBy: [{ number: '72-14' }] },
    });
  });
});

describe('rulingsByNumbers and batching', () => {
  it('50 rulings asking status, paragraphs and replaces cost at most 4 round trips', async () => {
    const [{ numbers }] = await db.executor.query<{ numbers: string[] }>(
      'MATCH (r:Ruling) RETURN collect(r.number) AS numbers',
    );
    expect(numbers).toHaveLength(51);
    const fifty = numbers.filter((number) => number !== '25-20');
    const result = await api.countedQuery(
      `query($numbers: [String!]!) {
        rulingsByNumbers(numbers: $numbers) {
          number
          status(asOf: "2020-01-01") { status successors { number } repealedBy { consolidationId } citesRepealed { number } }
          paragraphs { ref }
          replaces { depth ruling { number } consolidation { consolidationId } }
        }
      }`,
      { numbers: fifty },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.rulingsByNumbers).toHaveLength(50);
    expect(result.data.rulingsByNumbers.map((ruling: any) => ruling.number)).toEqual(fifty);
    const byNumber = new Map(result.data.rulingsByNumbers.map((ruling: any) => [ruling.number, ruling]));
    expect(byNumber.get('U-10-08')).toMatchObject({
      status: { status: 'REPEALED', successors: [{ number: '51-19' }] },
      paragraphs: [{ ref: 'ASL § 5' }],
    });
    expect((byNumber.get(CHAIN.numbers[8]) as any).status).toMatchObject({ status: 'IN_FORCE', successors: [] });
    expect((byNumber.get(CHAIN.numbers[0]) as any).status).toMatchObject({
      status: 'REPEALED',
      repealedBy: { consolidationId: 'CHAIN-1' },
    });
    expect((byNumber.get('900-20') as any).status.status).toBe('NOT_YET_ISSUED');
    expect((byNumber.get('51-19') as any).replaces).toHaveLength(4);
    console.log(`50 rulings with status, paragraphs and replaces: ${result.extensions!.roundTrips} round trips`);
    expect(result.extensions!.roundTrips).toBeLessThanOrEqual(4);
  });

  it('the lineage of one ruling costs the same round trips at depth 8 as at depth 1', async () => {
    const LINEAGE = `query($n: String!) {
      ruling(number: $n) {
        replaces(maxDepth: 25) { depth ruling { number } }
        replacedBy(maxDepth: 25) { depth ruling { number } }
        lineage(maxDepth: 25) { nodes { number } edges { from to } }
        status(asOf: "2024-06-01") { status successors { number } }
      }
    }`;
    const deep = await api.countedQuery(LINEAGE, { n: CHAIN.numbers[8] });
    const shallow = await api.countedQuery(LINEAGE, { n: '51-19' });
    expect(deep.data.ruling.lineage.nodes).toHaveLength(9);
    expect(shallow.data.ruling.lineage.nodes).toHaveLength(5);
    // One statement: the planner compiles the ruling and its four fields (src/graphql/planner/).
    expect(deep.extensions!.roundTrips).toBe(1);
    expect(shallow.extensions!.roundTrips).toBe(1);
  });

  it('without the debug header the response carries no round-trip count', async () => {
    const { body } = await api.query(`{ rulingsByNumbers(numbers: ["51-19"]) { number } }`);
    expect((body as any).extensions?.roundTrips).toBeUndefined();
  });

  it('keeps the order asked, normalises spellings and answers null for unknown numbers', async () => {
    const { body } = await api.query(`{ rulingsByNumbers(numbers: ["sm u-10-08", "999-99", "51-19"]) { number } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.rulingsByNumbers).toEqual([{ number: 'U-10-08' }, null, { number: '51-19' }]);
  });

  it('refuses more than 100 numbers with BAD_USER_INPUT', async () => {
    const numbers = Array.from({ length: 101 }, (_, i) => `${i + 1}-19`);
    const { body } = await api.query(`query($numbers: [String!]!) { rulingsByNumbers(numbers: $numbers) { number } }`, {
      numbers,
    });
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toMatch(/at most 100/);
  });

  it('refuses a malformed number with BAD_USER_INPUT naming its position', async () => {
    const { body } = await api.query(`{ rulingsByNumbers(numbers: ["51-19", "fifty-one"]) { number } }`);
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toMatch(/numbers\[1\]/);
  });
});
