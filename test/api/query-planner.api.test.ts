import { baseRecords, chain, partialRepeals } from '../integration/lineage-fixtures';
import { executeCounted } from '../support/graphql-in-process';
import { useTestBed } from '../support/test-bed';
import { toGlobalId } from '../../src/node/global-id';
import type { Neo4jExecutor, RoundTripCounter } from '../../src/db/executor';

// The planner (src/graphql/planner/) compiles a root's selection into one statement and hands
// the values to the resolvers; with compile off, every nested field goes through its DataLoader
// as before. Each case asks both and requires the same answer, errors included, with the
// compiled one in fewer round trips.
const CHAIN = chain(9);

const { db } = useTestBed({
  seed: true,
  records: [...baseRecords(), ...CHAIN.records, ...partialRepeals()],
  service: false,
});

async function bothWays(query: string, variables: Record<string, unknown> = {}) {
  const compiled = await executeCounted(db.executor, query, variables, { batch: true, compile: true });
  const perField = await executeCounted(db.executor, query, variables, { batch: true, compile: false });
  expect(JSON.parse(JSON.stringify(compiled.result))).toEqual(JSON.parse(JSON.stringify(perField.result)));
  return { compiled, perField, data: compiled.result.data as any };
}

/** A ruling of the seed that complaint cases applied and that cites or is cited, picked from the data. */
async function busySeedRuling(): Promise<string> {
  const rows = await db.executor.query<{ number: string }>(
    `MATCH (r:Ruling) WHERE EXISTS { (r)<-[:APPLIED]-() }
     RETURN r.number AS number ORDER BY COUNT { (r)<-[:APPLIED]-() } DESC, r.number LIMIT 1`,
  );
  return rows[0].number;
}

describe('the query planner answers as the per-field path does', () => {
  it('two status(asOf:) of one ruling under aliases, each with its own date', async () => {
    const { compiled, perField, data } = await bothWays(`{
      ruling(number: "${CHAIN.numbers[0]}") {
        number
        before: status(asOf: "2000-01-01") { status repealedOn successors { number } }
        after: status(asOf: "2030-01-01") { status repealedOn successors { number } repealedBy { consolidationId } }
      }
    }`);
    expect(data.ruling.before.status).not.toBe(data.ruling.after.status);
    expect(compiled.roundTrips).toBe(1);
    expect(perField.roundTrips).toBe(2);
  });

  it('the kind alone and the whole status of one ruling on one date, side by side', async () => {
    const { data } = await bothWays(`{
      ruling(number: "${CHAIN.numbers[0]}") {
        kind: status(asOf: "2030-01-01") { status }
        whole: status(asOf: "2030-01-01") { status repealedOn successors { number } flag }
        replaces { ruling { number } }
      }
    }`);
    expect(data.ruling.whole.status).toBe(data.ruling.kind.status);
    expect(data.ruling.whole.successors.length).toBeGreaterThan(0);
  });

  it('named and inline fragments, Node fragments and variables', async () => {
    const { compiled, data } = await bothWays(
      `query($n: String!, $asOf: Date) {
        ruling(number: $n) {
          ...Head
          ... on Ruling { replaces(maxDepth: 3) { depth ruling { ...Head } } }
          ... on Node { id }
        }
      }
      fragment Head on Ruling { number title status(asOf: $asOf) { status flag } }`,
      { n: CHAIN.numbers[8], asOf: '2030-01-01' },
    );
    expect(data.ruling.replaces).toHaveLength(3);
    expect(data.ruling.replaces[0].ruling.status).toBeDefined();
    expect(compiled.roundTrips).toBe(1);
  });

  it('@skip and @include drop fields from the statement as from the answer', async () => {
    const query = `query($n: String!, $deep: Boolean!) {
      ruling(number: $n) {
        number
        replaces(maxDepth: 8) @include(if: $deep) { depth ruling { number } }
        replacedBy(maxDepth: 8) @skip(if: $deep) { depth ruling { number } }
      }
    }`;
    const deep = await bothWays(query, { n: CHAIN.numbers[4], deep: true });
    const shallow = await bothWays(query, { n: CHAIN.numbers[4], deep: false });
    expect(Object.keys(deep.data.ruling)).toEqual(['number', 'replaces']);
    expect(Object.keys(shallow.data.ruling)).toEqual(['number', 'replacedBy']);
    expect(deep.compiled.roundTrips).toBe(1);
  });

  it('nested arguments: replaces(maxDepth:) twice, nested status, lineage with its rulings', async () => {
    const { compiled, perField, data } = await bothWays(`{
      ruling(number: "${CHAIN.numbers[8]}") {
        near: replaces(maxDepth: 1) { depth on extent ruling { number status(asOf: "2030-01-01") { status } } }
        far: replaces(maxDepth: 25) { depth consolidation { consolidationId } ruling { number paragraphs { ref } } }
        lineage(maxDepth: 4) { nodes { depth direction ruling { number status { status } } } edges { from to on } }
        replacedBy { ruling { number } }
      }
    }`);
    expect(data.ruling.near).toHaveLength(1);
    expect(data.ruling.far).toHaveLength(8);
    expect(data.ruling.lineage.nodes).toHaveLength(5);
    expect(compiled.roundTrips).toBe(1);
    expect(perField.roundTrips).toBeGreaterThan(3);
  });

  it("the ruling page's query: paragraphs, citations and a page of complaint cases", async () => {
    const number = await busySeedRuling();
    const { compiled, data } = await bothWays(
      `query($n: String!) {
        ruling(number: $n) {
          number summary paragraphs { ref title law { code } }
          cites { number title } citedBy { number status { status } }
          complaintCases(first: 2) { totalCount edges { cursor node { id decidedOn } } pageInfo { hasNextPage endCursor } }
          last: complaintCases(last: 1) { totalCount edges { node { id } } }
        }
      }`,
      { n: number },
    );
    expect(data.ruling.complaintCases.totalCount).toBeGreaterThan(0);
    expect(compiled.roundTrips).toBe(1);
  });

  it('a paragraph with its law, history and rulings (with and without the repealed ones)', async () => {
    const { compiled, perField, data } = await bothWays(`{
      paragraph(ref: "SEL § 41") {
        ref law { code shortTitle }
        predecessors { depth on paragraph { ref } }
        successors { depth paragraph { ref } }
        rulings(asOf: "2030-01-01") { number status(asOf: "2030-01-01") { status } }
        all: rulings(asOf: "2030-01-01", includeRepealed: true) { number }
      }
    }`);
    expect(data.paragraph.ref).toBe('SEL § 41');
    expect(compiled.roundTrips).toBe(1);
    expect(perField.roundTrips).toBeGreaterThan(1);
  });

  it('roots asked alike under aliases run as one statement; roots asked differently, one each', async () => {
    const alike = await bothWays(`{
      a: ruling(number: "${CHAIN.numbers[1]}") { replaces(maxDepth: 2) { depth ruling { number } } }
      b: ruling(number: "${CHAIN.numbers[5]}") { replaces(maxDepth: 2) { depth ruling { number } } }
      c: ruling(number: "99-99") { replaces(maxDepth: 2) { depth ruling { number } } }
    }`);
    expect(alike.data.b.replaces).toHaveLength(2);
    expect(alike.data.c).toBeNull();
    expect(alike.compiled.roundTrips).toBe(1);
    const different = await bothWays(`{
      a: ruling(number: "${CHAIN.numbers[1]}") { replaces(maxDepth: 1) { depth } }
      b: ruling(number: "${CHAIN.numbers[5]}") { replaces(maxDepth: 2) { depth } }
    }`);
    expect(different.compiled.roundTrips).toBe(2);
  });

  it('arguments the resolver refuses give the same error, and an unknown ruling the same null', async () => {
    const refused = await bothWays(`{ ruling(number: "51-19") { number replaces(maxDepth: 100) { depth } } }`);
    expect(refused.compiled.result.errors).toHaveLength(1);
    expect(refused.compiled.result.errors![0].path).toEqual(['ruling', 'replaces']);
    const cursor = await bothWays(`{ ruling(number: "51-19") { complaintCases(after: "nonsense") { totalCount } } }`);
    expect(cursor.compiled.result.errors).toHaveLength(1);
    const unknown = await bothWays(`{ ruling(number: "99-99") { number status { status } replaces { depth } } }`);
    expect(unknown.data.ruling).toBeNull();
    expect(unknown.compiled.roundTrips).toBe(1);
  });
});

/** The statements an operation sends with the planner on, as Neo4j receives them. */
async function statementsOf(query: string): Promise<string[]> {
  const statements: string[] = [];
  // The request's context counts round trips on an executor derived by withCounter.
  const recording = (executor: Neo4jExecutor): Neo4jExecutor =>
    new Proxy(executor, {
      get(target, property, receiver) {
        if (property === 'withCounter') return (counter: RoundTripCounter) => recording(target.withCounter(counter));
        if (property !== 'query') return Reflect.get(target, property, receiver);
        return (cypher: string, parameters?: Record<string, unknown>) => {
          statements.push(cypher);
          return target.query(cypher, parameters);
        };
      },
    });
  const { result } = await executeCounted(recording(db.executor), query, {}, { batch: true, compile: true });
  expect(result.errors).toBeUndefined();
  return statements;
}

describe('statements narrowed to what the operation asks', () => {
  it('leave out what no field asks: unasked properties, consolidations, successors, changed paragraphs, citations', async () => {
    const statements = await statementsOf(`{
      ruling(number: "${CHAIN.numbers[0]}") {
        number title
        status(asOf: "2030-01-01") { status repealedOn }
        replaces(maxDepth: 3) { depth ruling { number } }
      }
    }`);
    expect(statements).toHaveLength(1);
    const [statement] = statements;
    expect(statement).not.toMatch(/\.summary|\.area|\.eli/);
    expect(statement).not.toMatch(/Consolidation/);
    expect(statement).not.toMatch(/REPLACES\*0\.\.25/);
    expect(statement).not.toMatch(/INTERPRETS|CITES/);
  });

  it('keep what any field of the operation asks of the same records: two aliases of one ruling asking differently', async () => {
    const steps = '{ depth ruling { number } }';
    const { data } = await bothWays(`{
      lean: ruling(number: "${CHAIN.numbers[0]}") {
        replacedBy(maxDepth: 3) ${steps}
        status(asOf: "2030-01-01") { status repealedOn }
      }
      whole: ruling(number: "${CHAIN.numbers[0]}") {
        replacedBy(maxDepth: 3) { depth on extent consolidation { id title kind } ruling { number summary area } }
        status(asOf: "2030-01-01") {
          flag flagLabel reasons { code label } lawChanged changedParagraphs { ref title }
          successors { number summary } citesRepealed { number }
        }
      }
      citing: ruling(number: "703-18") { status(asOf: "2030-01-01") { status citesRepealed { number title eli } } }
    }`);
    expect(data.whole.replacedBy[0].consolidation.id).toBeTruthy();
    expect(data.whole.status.successors.length).toBeGreaterThan(0);
    expect(data.citing.status.citesRepealed.length).toBeGreaterThan(0);
  });

  it('the flag alone asks only whether there are changed paragraphs and cited repealed rulings', async () => {
    // 703-18 cites a repealed ruling; `changed` interprets a paragraph that was succeeded or ended.
    const [changed] = await db.executor.query<{ number: string; ref: string }>(
      `MATCH (r:Ruling)-[:INTERPRETS]->(p:Paragraph)
       WHERE p.validTo < '2030-01-01' OR EXISTS { (p)-[s:SUCCEEDED_BY]->() WHERE s.on <= '2030-01-01' }
       RETURN r.number AS number, p.ref AS ref ORDER BY number LIMIT 1`,
    );
    const roots = `
      citing: ruling(number: "703-18") { status(asOf: "2030-01-01") { flag flagLabel } }
      changed: ruling(number: "${changed.number}") { status(asOf: "2030-01-01") { lawChanged flag } }
      overruled: ruling(number: "${CHAIN.numbers[0]}") { status(asOf: "2030-01-01") { status flag } }
      paragraph(ref: "${changed.ref}") { rulings(asOf: "2030-01-01") { number status(asOf: "2030-01-01") { flag } } }`;
    const query = `{ ${roots}
      applicableRulings(paragraph: "ASL § 5", asOf: "2030-01-01") {
        ruling { number } statusDetail { status flag flagLabel lawChanged }
      }
    }`;
    const { data } = await bothWays(query);
    expect(data.citing.status.flag).toBe('CAUTION');
    expect(data.changed.status).toEqual({ lawChanged: true, flag: 'CAUTION' });
    expect(data.overruled.status).toEqual({ status: 'REPEALED', flag: 'OVERRULED' });
    expect(data.paragraph.rulings.length).toBeGreaterThan(0);
    // applicableRulings reads its statusDetail through the status loader, whose statement is whole.
    const statements = (await statementsOf(`{ ${roots} }`)).join('\n');
    expect(statements).not.toMatch(/changedParagraphs:|citesRepealed:/);
    expect(statements).toMatch(/lawChanged: EXISTS/);
    expect(statements).toMatch(/citesAnyRepealed: EXISTS/);
    // Nor the repeals behind repealedOn, repealedBy, repeals and the reasons: the flag needs the status only.
    expect(statements).not.toMatch(/repeals:|repealedOn:/);
  });

  it("the ruling's date only where dateApproximate is asked, and the record's key from the request", async () => {
    // U-16-00 is dated by its year only (2000-01-01, YEAR): approximate on a date within 2000.
    const query = `{ ruling(number: "U-16-00") {
      within: status(asOf: "2000-06-30") { asOf status dateApproximate }
      later: status(asOf: "2030-01-01") { asOf dateApproximate flag }
      plain: status(asOf: "2001-01-01") { asOf status flag }
    } }`;
    const { data } = await bothWays(query);
    expect(data.ruling.within).toEqual({ asOf: '2000-06-30', status: 'IN_FORCE', dateApproximate: true });
    expect(data.ruling.later).toMatchObject({ asOf: '2030-01-01', dateApproximate: false });
    expect(data.ruling.plain.asOf).toBe('2001-01-01');
    expect((await statementsOf(query)).join('\n')).toMatch(/datePrecision: r\.datePrecision/);
    const plain = (
      await statementsOf(`{ ruling(number: "U-16-00") { status(asOf: "2001-01-01") { asOf status flag } } }`)
    ).join('\n');
    expect(plain).not.toMatch(/datePrecision|number: r\.number/);
  });

  it('the lists where they are asked next to the flag, and lawChanged from the paragraphs', async () => {
    const query = `{
      ruling(number: "703-18") {
        flagOnly: status(asOf: "2030-01-01") { flag }
        lists: status(asOf: "2030-01-01") { lawChanged changedParagraphs { ref } citesRepealed { number } reasons { code } }
      }
      applicableRulings(paragraph: "ASL § 5", asOf: "2030-01-01") { statusDetail { flag changedParagraphs { ref } } }
    }`;
    const { data } = await bothWays(query);
    expect(data.ruling.lists.citesRepealed.length).toBeGreaterThan(0);
    expect(data.ruling.lists.reasons.map((reason: any) => reason.code)).toContain('CITES_REPEALED');
    const statements = (await statementsOf(query)).join('\n');
    expect(statements).toMatch(/changedParagraphs:/);
    expect(statements).toMatch(/citesRepealed:/);
    expect(statements).not.toMatch(/lawChanged: EXISTS|citesAnyRepealed: EXISTS/);
  });

  it('a status record shared by a ruling root and applicableRulings, and records asked through the Node interface', async () => {
    const [ruling] = await db.executor.query<{ number: string }>(
      `MATCH (r:Ruling)-[:INTERPRETS]->(:Paragraph {ref: 'ASL § 5'}) RETURN r.number AS number ORDER BY number LIMIT 1`,
    );
    const { data } = await bothWays(
      `query($n: String!, $id: ID!) {
        ruling(number: $n) { status(asOf: "2030-01-01") { status repealedOn successors { number } } }
        applicableRulings(paragraph: "ASL § 5", asOf: "2030-01-01") {
          ruling { number }
          statusDetail { lawChanged changedParagraphs { ref } citesRepealed { number } flag reasons { code } }
        }
        node(id: $id) { id ... on Ruling { summary eli datePrecision } }
      }`,
      { n: ruling.number, id: toGlobalId('Ruling', CHAIN.numbers[1]) },
    );
    expect(data.applicableRulings.length).toBeGreaterThan(0);
    expect(data.node.datePrecision).toBeTruthy();
  });
});

describe('applicableRulings projects only the selected properties', () => {
  it('answers every selected property as the ruling and paragraph roots do', async () => {
    const { result } = await executeCounted(
      db.executor,
      `{ applicableRulings(paragraph: "ASL § 5", asOf: "2030-01-01") {
        ruling { number summary eli area datePrecision } via { ref title validFrom law { code } }
      } }`,
    );
    const applicable = (result.data as any).applicableRulings;
    expect(applicable.length).toBeGreaterThan(0);
    const numbers = applicable.map((a: any) => a.ruling.number);
    const { result: roots } = await executeCounted(
      db.executor,
      `query($numbers: [String!]!) {
        rulingsByNumbers(numbers: $numbers) { number summary eli area datePrecision }
        paragraph(ref: "ASL § 5") { ref title validFrom law { code } }
      }`,
      { numbers },
    );
    expect(applicable.map((a: any) => a.ruling)).toEqual((roots.data as any).rulingsByNumbers);
    for (const a of applicable.filter((a: any) => a.via.ref === 'ASL § 5')) {
      expect(a.via).toEqual((roots.data as any).paragraph);
    }
    expect(applicable.some((a: any) => a.ruling.summary !== null)).toBe(true);
  });
});

describe('practice compiles into one statement as well', () => {
  /** The law and the authority with the most complaint cases in the seed. */
  async function busiest(): Promise<{ law: string; authority: string; paragraph: string }> {
    const [row] = await db.executor.query<{ law: string; authority: string; paragraph: string }>(
      `MATCH (c:ComplaintCase)-[:CONCERNS]->(p:Paragraph)
       WITH p, count(c) AS n ORDER BY n DESC, p.ref LIMIT 1
       MATCH (p)<-[:CONCERNS]-(:ComplaintCase)-[:AGAINST]->(a:Authority)
       WITH p, a, count(*) AS m ORDER BY m DESC, a.code LIMIT 1
       RETURN p.lawId AS law, a.code AS authority, p.ref AS paragraph`,
    );
    return row;
  }

  it("a law's national practice with its breakdowns, as the bench asks it", async () => {
    const { law } = await busiest();
    const { compiled, perField, data } = await bothWays(
      `query($law: String!) { practice(filter: { law: $law }) {
        decided onMerits reversalRate outcomes { upheld dismissed }
        byYear { year decided onMerits reversed reversalRate }
        byAuthority(minOnMerits: 0) { authority { code name } decided reversalRate nationalRate byYear { year decided } }
        reasons { count reason { code } } mostAppliedRulings(first: 3) { count ruling { number } }
      } }`,
      { law },
    );
    expect(data.practice.decided).toBeGreaterThan(0);
    expect(compiled.roundTrips).toBe(1);
    expect(perField.roundTrips).toBeGreaterThan(2);
  });

  it('the national practice (every cell family summed per authority, year and outcome once), as the matrix asks it', async () => {
    const { compiled, data } = await bothWays(
      `{ all: practice(filter: {}) {
          decided reversalRate byYear { year decided onMerits reversed reversalRate }
          byAuthority(first: 500, orderBy: DECIDED_DESC, minOnMerits: 0) {
            authority { code name } decided onMerits reversed nationalRate byYear { year decided reversalRate }
          }
        }
        social: practice(filter: { area: "social", decidedFrom: "2015-01-01", decidedTo: "2024-12-31" }) {
          decided byYear { year decided } byAuthority(orderBy: REVERSAL_RATE_DESC) { authority { code } reversalRate }
        } }`,
    );
    expect(data.all.byAuthority.length).toBeGreaterThan(1);
    expect(data.all.byAuthority.reduce((sum: number, row: { decided: number }) => sum + row.decided, 0)).toBe(
      data.all.decided,
    );
    // One statement per root: the two filters are asked differently.
    expect(compiled.roundTrips).toBe(2);
  });

  it('an authority filter (compared with the rate without it), and an unknown one refused alike', async () => {
    const { law, authority } = await busiest();
    const { compiled } = await bothWays(
      `query($law: String!, $authority: String!) { practice(filter: { law: $law, authority: $authority }) {
        decided byAuthority { authority { code } nationalRate } byQuarter { year quarter decided }
      } }`,
      { law, authority },
    );
    expect(compiled.roundTrips).toBe(1);
    const unknown = await bothWays(`{ practice(filter: { authority: "999999" }) { decided } }`);
    expect(unknown.compiled.result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("the paragraph page: a paragraph's rulings with their status and its practice figures", async () => {
    const { paragraph } = await busiest();
    const { compiled, perField, data } = await bothWays(
      `query($ref: String!) { paragraph(ref: $ref) {
        ref law { code shortTitle }
        predecessors { depth on paragraph { ref title } }
        rulings(asOf: "2026-01-01") { number title status(asOf: "2026-01-01") { status flag } }
        practice { decided onMerits reversed reversalRate }
      } }`,
      { ref: paragraph },
    );
    expect(data.paragraph.practice.decided).toBeGreaterThan(0);
    expect(compiled.roundTrips).toBe(1);
    expect(perField.roundTrips).toBeGreaterThan(2);
  });
});

// Lists of roots: the page's statement (or rulingsByNumbers' lookup) carries every compiled
// field of its rulings, where the loaders would send one batch per field after it.
describe('lists of rulings and their fields in one statement', () => {
  it("a list's and a search's rulings: their fields in one statement after the page, aliases and a second date included", async () => {
    const list = await bothWays(
      `query($asOf: Date) { rulings(first: 20, orderBy: { field: NUMBER, direction: DESC }) {
        edges { cursor node {
          number title
          status(asOf: $asOf) { status }
          then: status(asOf: "2000-01-01") { status successors { number } }
          paragraphs { ref }
          replaces(maxDepth: 1) { depth ruling { number status { status } } }
        } }
        pageInfo { hasNextPage }
      } }`,
      { asOf: '2030-01-01' },
    );
    expect(list.data.rulings.edges).toHaveLength(20);
    expect(list.data.rulings.edges.some((e: any) => e.node.replaces.length > 0)).toBe(true);
    // The page and every field of its rulings in one statement, nested rulings' status included.
    expect(list.compiled.roundTrips).toBe(1);
    expect(list.perField.roundTrips).toBeGreaterThan(3);
    const search = await bothWays(`{ searchRulings(text: "ophold", first: 10) {
      edges { score node { number status { status flag } paragraphs { ref law { code } } } }
    } }`);
    expect(search.data.searchRulings.edges.length).toBeGreaterThan(0);
    expect(search.compiled.roundTrips).toBe(1);
    // Backward, the rows come in the page's order still; and a paragraph's page (its own statement).
    const backward = await bothWays(`{ rulings(last: 7) { edges { node { number decidedOn status { status } } } } }`);
    expect(backward.data.rulings.edges).toHaveLength(7);
    expect(backward.compiled.roundTrips).toBe(1);
    const [{ paragraph }] = await db.executor.query<{ paragraph: string }>(
      `MATCH (p:Paragraph) RETURN p.ref AS paragraph ORDER BY COUNT { (p)<-[:INTERPRETS]-() } DESC, p.ref LIMIT 1`,
    );
    const ofParagraph = await bothWays(
      `query($p: String!) { rulings(first: 5, filter: { paragraph: $p }) { edges { node { number paragraphs { ref } } } } }`,
      { p: paragraph },
    );
    expect(ofParagraph.data.rulings.edges.length).toBeGreaterThan(0);
    expect(ofParagraph.compiled.roundTrips).toBe(1);
    // Nothing compiled below the page's rulings: the page's statement as without the planner.
    const plain = await bothWays(`{ rulings(first: 5) { edges { node { number title } } } }`);
    expect(plain.compiled.roundTrips).toBe(1);
  });

  it('rulingsByNumbers: records and fields of all of them in one statement, unknown and repeated numbers included', async () => {
    const numbers = [CHAIN.numbers[8], '999-99', CHAIN.numbers[2], CHAIN.numbers[8]];
    const { compiled, perField, data } = await bothWays(
      `query($numbers: [String!]!) { rulingsByNumbers(numbers: $numbers) {
        number status(asOf: "2030-01-01") { status flag } replaces(maxDepth: 2) { depth ruling { number title } }
      } }`,
      { numbers },
    );
    expect(data.rulingsByNumbers.map((r: any) => r?.number ?? null)).toEqual([
      numbers[0],
      null,
      numbers[2],
      numbers[0],
    ]);
    expect(data.rulingsByNumbers[0].replaces).toHaveLength(2);
    expect(compiled.roundTrips).toBe(1);
    expect(perField.roundTrips).toBeGreaterThan(2);
  });
});
