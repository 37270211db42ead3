import { ConsolidationRepository } from '../../src/consolidation/consolidation.repository';
import { RoundTripCounter } from '../../src/db/executor';
import { LineageRepository } from '../../src/lineage/lineage.repository';
import { importRecords } from '../support/ndjson-fixture';
import { profiledDbHits, RecordingExecutor } from '../support/profiled-statements';
import { baseRecords, chain, diamond, lattice, partialRepeals } from './lineage-fixtures';
import { useTestBed } from '../support/test-bed';

const { db } = useTestBed({
  service: false,
  setup: () =>
    importRecords(db.executor, [
      ...baseRecords(),
      ...CHAIN.records,
      ...diamond(),
      ...partialRepeals(),
      ...LATTICE.records,
    ]),
});
const counter = new RoundTripCounter();
const lineage = new LineageRepository(db.executor.withCounter(counter));
const consolidations = new ConsolidationRepository(db.executor);
const CHAIN = chain(9);
const [OLDEST, NEWEST] = [CHAIN.numbers[0], CHAIN.numbers[8]];
const LATTICE = lattice(20);

async function replaces(number: string, maxDepth = 10) {
  const [steps] = await lineage.replaces([{ number: number, maxDepth: maxDepth }]);
  return steps;
}

async function replacedBy(number: string, maxDepth = 10) {
  const [steps] = await lineage.replacedBy([{ number: number, maxDepth: maxDepth }]);
  return steps;
}

async function statusOf(number: string, asOf: string) {
  const [record] = await lineage.statuses([{ number: number, asOf: asOf }]);
  if (!record) throw new Error(`no status for ${number}`);
  return record;
}

const numbersOf = (rulings: { number: string }[]) => rulings.map((ruling) => ruling.number);

describe('replaces and replacedBy on a generated chain of 9 rulings (depth 8)', () => {
  it('the newest replaces all 8 older rulings, one per depth, nearest first', async () => {
    const steps = await replaces(NEWEST);
    expect(steps.map((step) => [step.ruling.number, step.depth])).toEqual(
      CHAIN.numbers
        .slice(0, 8)
        .reverse()
        .map((number, index) => [number, index + 1]),
    );
    // The step that reached the oldest is the first consolidation, which repealed it.
    expect(steps[7]).toMatchObject({
      depth: 8,
      extent: 'FULL',
      on: CHAIN.dates[1],
      consolidation: { id: 'CHAIN-1', kind: 'REWRITE' },
    });
  });

  it('the oldest is replaced by all 8 newer rulings at depths 1 to 8, each with the consolidation that issued it', async () => {
    const steps = await replacedBy(OLDEST);
    expect(steps.map((step) => [step.ruling.number, step.depth, step.consolidation.id, step.on])).toEqual(
      CHAIN.numbers
        .slice(1)
        .map((number, index) => [number, index + 1, CHAIN.consolidations[index], CHAIN.dates[index + 1]]),
    );
  });

  it('maxDepth limits the depth in both directions', async () => {
    expect((await replaces(NEWEST, 3)).map((step) => step.depth)).toEqual([1, 2, 3]);
    expect(numbersOf((await replacedBy(OLDEST, 1)).map((step) => step.ruling))).toEqual([CHAIN.numbers[1]]);
    expect(await replaces(NEWEST, 8)).toHaveLength(8);
    expect(await replaces(NEWEST, 7)).toHaveLength(7);
  });

  it('a ruling in the middle reaches both ends', async () => {
    expect((await replaces(CHAIN.numbers[4])).map((step) => step.depth)).toEqual([1, 2, 3, 4]);
    expect((await replacedBy(CHAIN.numbers[4])).map((step) => step.depth)).toEqual([1, 2, 3, 4]);
  });

  it('the ends answer empty in the direction with nothing to follow', async () => {
    expect(await replaces(OLDEST)).toEqual([]);
    expect(await replacedBy(NEWEST)).toEqual([]);
  });

  it('answers many rulings and depths in one round trip, each in the order asked', async () => {
    counter.count = 0;
    const keys = [
      { number: NEWEST, maxDepth: 2 },
      { number: OLDEST, maxDepth: 10 },
      { number: '999-99', maxDepth: 10 },
      { number: NEWEST, maxDepth: 10 },
    ];
    const lists = await lineage.replaces(keys);
    expect(counter.count).toBe(1);
    expect(lists.map((steps) => steps.length)).toEqual([2, 0, 0, 8]);
  });
});

describe('minimal depth where several routes lead to a ruling (diamond)', () => {
  it('602-12 replaces 600-10 at depth 1 (directly by DIA-2), not 2 (through 601-11)', async () => {
    const steps = await replaces('602-12');
    expect(steps.map((step) => [step.ruling.number, step.depth, step.consolidation.id, step.extent])).toEqual([
      ['600-10', 1, 'DIA-2', 'FULL'],
      ['601-11', 1, 'DIA-2', 'FULL'],
    ]);
  });

  it('600-10 is replaced by 601-11 (partly) and 602-12, both at depth 1, by date', async () => {
    const steps = await replacedBy('600-10');
    expect(steps.map((step) => [step.ruling.number, step.depth, step.extent, step.on])).toEqual([
      ['601-11', 1, 'PARTIAL', '2011-05-01'],
      ['602-12', 1, 'FULL', '2012-05-01'],
    ]);
  });
});

describe('lineage graph for drawing', () => {
  it('the diamond: all three rulings and all three edges, cross edge included', async () => {
    const [graph] = await lineage.lineages([{ number: '600-10', maxDepth: 10 }]);
    expect(graph!.nodes.map((node) => [node.ruling.number, node.depth, node.direction])).toEqual([
      ['600-10', 0, 'ROOT'],
      ['601-11', 1, 'SUCCESSOR'],
      ['602-12', 1, 'SUCCESSOR'],
    ]);
    expect(graph!.edges.map((edge) => [edge.from, edge.to, edge.consolidation.id, edge.extent, edge.on])).toEqual([
      ['601-11', '600-10', 'DIA-1', 'PARTIAL', '2011-05-01'],
      ['602-12', '600-10', 'DIA-2', 'FULL', '2012-05-01'],
      ['602-12', '601-11', 'DIA-2', 'FULL', '2012-05-01'],
    ]);
  });

  it('the middle of the chain: predecessors and successors with depths, and only edges among drawn nodes', async () => {
    const [graph] = await lineage.lineages([{ number: CHAIN.numbers[4], maxDepth: 2 }]);
    expect(graph!.nodes.map((node) => [node.ruling.number, node.depth, node.direction])).toEqual([
      [CHAIN.numbers[4], 0, 'ROOT'],
      [CHAIN.numbers[3], 1, 'PREDECESSOR'],
      [CHAIN.numbers[2], 2, 'PREDECESSOR'],
      [CHAIN.numbers[5], 1, 'SUCCESSOR'],
      [CHAIN.numbers[6], 2, 'SUCCESSOR'],
    ]);
    expect(graph!.edges.map((edge) => `${edge.from}>${edge.to}`)).toEqual(
      [3, 4, 5, 6].map((i) => `${CHAIN.numbers[i]}>${CHAIN.numbers[i - 1]}`),
    );
  });

  it('the whole chain at depth 8 from either end', async () => {
    const [fromNewest, fromOldest] = await lineage.lineages([
      { number: NEWEST, maxDepth: 25 },
      { number: OLDEST, maxDepth: 8 },
    ]);
    expect(fromNewest!.nodes).toHaveLength(9);
    expect(fromNewest!.edges).toHaveLength(8);
    expect(Math.max(...fromOldest!.nodes.map((node) => node.depth))).toBe(8);
  });

  it('a ruling with no lineage is drawn alone', async () => {
    const [graph] = await lineage.lineages([{ number: '703-18', maxDepth: 10 }]);
    expect(graph).toEqual({ nodes: [expect.objectContaining({ depth: 0, direction: 'ROOT' })], edges: [] });
  });
});

describe('status on a date in generated lineages', () => {
  it("a ruling whose successor was itself repealed lists the successor's successor", async () => {
    // 800-10 was replaced by 801-11 on 2011-03-01, which was replaced by 802-12 on 2012-03-01, ...
    expect(numbersOf((await statusOf(OLDEST, '2011-06-01')).successors)).toEqual([CHAIN.numbers[1]]);
    expect(numbersOf((await statusOf(OLDEST, '2012-06-01')).successors)).toEqual([CHAIN.numbers[2]]);
    const today = await statusOf(OLDEST, '2024-06-01');
    expect(today).toMatchObject({ status: 'REPEALED', repealedOn: CHAIN.dates[1], repealedBy: { id: 'CHAIN-1' } });
    expect(numbersOf(today.successors)).toEqual([NEWEST]);
  });

  it('a partial repeal gives PARTIALLY_REPEALED with the consolidation and the partial successor', async () => {
    expect((await statusOf('700-12', '2015-01-31')).status).toBe('IN_FORCE');
    const status = await statusOf('700-12', '2015-02-01');
    expect(status).toMatchObject({
      status: 'PARTIALLY_REPEALED',
      repealedOn: '2015-02-01',
      repealedBy: { id: 'PART-1' },
    });
    expect(numbersOf(status.successors)).toEqual(['701-15']);
    // 701-15 was itself only partly repealed, so it is still (partly) in force and the walk stops there.
    expect(numbersOf((await statusOf('700-12', '2020-01-01')).successors)).toEqual(['701-15']);
  });

  it('a partial then a full repeal: REPEALED from the full one, both repeals listed, successors through the fully repealed one', async () => {
    const partly = await statusOf('600-10', '2011-06-01');
    expect(partly).toMatchObject({ status: 'PARTIALLY_REPEALED', repealedBy: { id: 'DIA-1' } });
    expect(numbersOf(partly.successors)).toEqual(['601-11']);
    const fully = await statusOf('600-10', '2013-01-01');
    expect(fully).toMatchObject({ status: 'REPEALED', repealedOn: '2012-05-01', repealedBy: { id: 'DIA-2' } });
    expect(fully.repeals.map((repeal) => [repeal.consolidation.id, repeal.extent, repeal.on])).toEqual([
      ['DIA-1', 'PARTIAL', '2011-05-01'],
      ['DIA-2', 'FULL', '2012-05-01'],
    ]);
    expect(numbersOf(fully.successors)).toEqual(['602-12']);
  });

  it('NOT_YET_ISSUED before the decision, with no repeal reported', async () => {
    expect(await statusOf(NEWEST, '2018-02-28')).toMatchObject({
      status: 'NOT_YET_ISSUED',
      repealedOn: null,
      repealedBy: null,
      successors: [],
    });
  });

  it('citesRepealed lists cited rulings repealed fully or partly by the date, not those in force', async () => {
    expect(numbersOf((await statusOf('703-18', '2018-06-01')).citesRepealed)).toEqual(['800-10', '700-12']);
  });

  it('batches many (ruling, date) keys in one round trip', async () => {
    counter.count = 0;
    const keys = CHAIN.numbers.flatMap((number) => [
      { number: number, asOf: '2014-06-01' },
      { number: number, asOf: '2024-06-01' },
    ]);
    const records = await lineage.statuses(keys);
    expect(counter.count).toBe(1);
    // On 2014-06-01 804-14 (2014-03-01) is the newest ruling; by 2024 808-18 is.
    const expected = CHAIN.numbers.flatMap((_, i) => [
      i < 4 ? 'REPEALED' : i === 4 ? 'IN_FORCE' : 'NOT_YET_ISSUED',
      i < 8 ? 'REPEALED' : 'IN_FORCE',
    ]);
    expect(records.map((record) => record!.status)).toEqual(expected);
  });
});

describe('citations and consolidations', () => {
  it('cites and citedBy, oldest first', async () => {
    const [cites, none] = await lineage.cites(['703-18', '700-12']);
    expect(numbersOf(cites)).toEqual(['800-10', '700-12', '808-18']);
    expect(none).toEqual([]);
    const [citedBy] = await lineage.citedBy(['808-18']);
    expect(numbersOf(citedBy)).toEqual(['703-18']);
  });

  it('a consolidation with the rulings it issued and repealed', async () => {
    const [dia2, unknown] = await consolidations.byIds(['DIA-2', 'NOPE']);
    expect(dia2).toMatchObject({ id: 'DIA-2', kind: 'MERGE', decidedOn: '2012-05-01', containsNewPractice: false });
    expect(unknown).toBeNull();
    const [[issued]] = await consolidations.issuedBy(['DIA-2']);
    expect(issued.number).toBe('602-12');
    const [repeals] = await consolidations.repealsOf(['DIA-2']);
    expect(repeals.map((repeal) => [repeal.ruling.number, repeal.extent])).toEqual([
      ['600-10', 'FULL'],
      ['601-11', 'FULL'],
    ]);
    const [issuer, none] = await consolidations.issuersOf(['602-12', '600-10']);
    expect(issuer!.id).toBe('DIA-2');
    expect(none).toBeNull();
  });
});

describe('a lattice of 20 merges: 2^20 routes from top to bottom', () => {
  const [bottom, top] = [LATTICE.levels[0], LATTICE.levels[20]];
  // 40 rulings and 78 edges: a traversal that visits each ruling once per route would make
  // millions of database hits; one that visits each once makes a few thousand.
  const BOUNDED_DB_HITS = 20_000;

  /** Runs work on a repository that records its statements, then PROFILEs each one. */
  async function dbHitsOf(work: (repository: LineageRepository) => Promise<unknown>): Promise<number[]> {
    const recording = new RecordingExecutor(db.driver);
    await work(new LineageRepository(recording));
    return Promise.all(recording.statements.map((statement) => profiledDbHits(db.driver, statement)));
  }

  it('replaces reaches each of the 40 older rulings once, at its depth, with bounded work', async () => {
    const steps = await replaces(top[0], 25);
    expect(steps).toHaveLength(40);
    expect(steps.slice(-2).map((step) => [step.ruling.number, step.depth, step.consolidation.id])).toEqual(
      bottom.map((number) => [number, 20, 'LAT-1']),
    );
    const [hits] = await dbHitsOf((repository) => repository.replaces([{ number: top[0], maxDepth: 25 }]));
    expect(hits).toBeLessThan(BOUNDED_DB_HITS);
  });

  it('replacedBy, lineage and the successors in status stay just as bounded', async () => {
    expect(await replacedBy(bottom[1], 25)).toHaveLength(40);
    const [graph] = await lineage.lineages([{ number: bottom[0], maxDepth: 25 }]);
    expect(graph!.nodes).toHaveLength(41);
    // Each level's two rulings replace both of the level below: 4 edges per level, and the
    // bottom's sibling 501-00 is not in the lineage of 500-00, so 2 edges fewer.
    expect(graph!.edges).toHaveLength(4 * 20 - 2);
    expect(numbersOf((await statusOf(bottom[0], '2024-01-01')).successors)).toEqual(top);
    const hits = await dbHitsOf(async (repository) => {
      await repository.replacedBy([{ number: bottom[1], maxDepth: 25 }]);
      await repository.lineages([{ number: bottom[0], maxDepth: 25 }]);
      await repository.statuses([{ number: bottom[0], asOf: '2024-01-01' }]);
    });
    expect(hits).toHaveLength(3);
    for (const statementHits of hits) expect(statementHits).toBeLessThan(BOUNDED_DB_HITS);
  });
});
