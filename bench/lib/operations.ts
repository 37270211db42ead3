import { join } from 'node:path';
import { loadStatementFile } from '../../src/db/cypher-registry';
import type { Neo4jExecutor } from '../../src/db/executor';
import { toLuceneQuery } from '../../src/ruling-list/lucene-query';
import { CYPHER_DIR, PROJECT_ROOT } from '../../src/shared/project-paths';
import { pageOperations } from './page-operations';
import { MATRIX_AUTHORITIES, PRACTICE_MATRIX_CYPHER } from './practice-matrix';

/**
 * The operations of issues 8 and 14, each asked of every variant for the same answer:
 * (a) one Cypher statement (floor) shaped into the API's JSON, (b/c) this API's GraphQL query,
 * (d) the query an @neo4j/graphql user would send, normalised into the API's shape. Every
 * `shape`/`normalise` only renames and nests: all ordering and computing is the database's.
 */
export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface Operation {
  name: string;
  title: string;
  floor: { cypher: string; params: Record<string, unknown>; shape(rows: Record<string, unknown>[]): unknown };
  api: GraphqlRequest;
  neo4jGraphql: GraphqlRequest & { normalise(data: any): unknown };
}

/** The graph elements the operations are asked about, picked from the data set by rule. */
export interface Subjects {
  asOf: string;
  statusRuling: string;
  lineageRuling: string;
  lineageDepth: number;
  busyParagraph: string;
  busyParagraphRulings: number;
  overviewLaw: string;
  overviewParagraphs: number;
  practiceLaw: string;
  practiceCases: number;
  searchText: string;
  searchHits: number;
  /** The ruling page's ruling: 4 steps back on the longest chain, the most cited of those. */
  pageRuling: string;
  /** The paragraph page's paragraph: in force, renumbered from an earlier one, about 50 rulings. */
  pageParagraph: string;
  pageParagraphRulings: number;
}

/** A floor statement, with the same fragments (the domain rules) as the API's own statements. */
export const floorCypher = (name: string) =>
  loadStatementFile(join(PROJECT_ROOT, 'bench', 'floor', `${name}.cypher`), `bench/floor/${name}.cypher`);

/** The ruling page's default lineage depth (web/src/pages/RulingPage.tsx). */
export const PAGE_DEPTH = 4;

export async function pickSubjects(executor: Neo4jExecutor, asOf: string): Promise<Subjects> {
  const one = async <T>(cypher: string, params: Record<string, unknown> = {}): Promise<T> => {
    const rows = await executor.query<T>(cypher, params);
    if (!rows.length) throw new Error(`The data set has nothing for: ${cypher}`);
    return rows[0];
  };
  // A repealed ruling whose practice was carried on: the status with a repeal and successors.
  const status = await one<{ number: string }>(
    `MATCH (r:Ruling)<-[:REPEALS {extent: 'FULL'}]-(c:Consolidation)-[:ISSUED]->(:Ruling)
     WHERE c.decidedOn <= $asOf
     RETURN r.number AS number ORDER BY r.decidedOn, r.number LIMIT 1`,
    { asOf },
  );
  // The newest ruling at the end of the longest REPLACES chain, up to 8 steps back.
  const lineage = await one<{ number: string; depth: number }>(
    `MATCH (r:Ruling) WHERE NOT EXISTS { ()-[:REPLACES]->(r) } AND EXISTS { (r)-[:REPLACES]->() }
     MATCH path = (r)-[:REPLACES*1..8]->()
     WITH r, max(length(path)) AS depth
     RETURN r.number AS number, depth ORDER BY depth DESC, r.number LIMIT 1`,
  );
  // The paragraph in force on asOf with the most rulings made under it or an earlier numbering.
  const busy = await one<{ ref: string; n: number }>(
    `MATCH (p:Paragraph)
     WHERE (p.validFrom IS NULL OR p.validFrom <= $asOf) AND (p.validTo IS NULL OR p.validTo >= $asOf)
     WITH p, COUNT { (p)<-[:INTERPRETS]-() } AS direct ORDER BY direct DESC LIMIT 50
     WITH p, COUNT { MATCH (via) (()-[:SUCCEEDED_BY]->()){0,25} (p) MATCH (r)-[:INTERPRETS]->(via) RETURN DISTINCT r } AS n
     RETURN p.ref AS ref, n ORDER BY n DESC, p.ref LIMIT 1`,
    { asOf },
  );
  // The ruling page of a ruling inside a chain (lineage both ways), with citations if any.
  const page = await one<{ number: string }>(
    `MATCH (:Ruling {number: $newest})-[:REPLACES*${PAGE_DEPTH}]->(r:Ruling)
     WITH DISTINCT r
     RETURN r.number AS number ORDER BY COUNT { (r)-[:CITES]-() } DESC, r.number LIMIT 1`,
    { newest: lineage.number },
  );
  // A paragraph page a reader scans: in force on asOf, with an earlier numbering (history), and
  // the number of rulings made under it nearest 50 (the busiest paragraph, over a thousand at
  // the default scale, is the applicability operation's subject).
  const pageParagraph = await one<{ ref: string; n: number }>(
    `MATCH (p:Paragraph)
     WHERE (p.validFrom IS NULL OR p.validFrom <= $asOf) AND (p.validTo IS NULL OR p.validTo >= $asOf)
       AND EXISTS { (:Paragraph)-[:SUCCEEDED_BY]->(p) }
     WITH p, COUNT { (p)<-[:INTERPRETS]-() } AS n
     RETURN p.ref AS ref, n ORDER BY abs(n - 50), p.ref LIMIT 1`,
    { asOf },
  );
  const law = await one<{ id: string; n: number }>(
    `MATCH (p:Paragraph) WITH p.lawId AS id, count(*) AS n
     RETURN id, n ORDER BY abs(n - 400), id LIMIT 1`,
  );
  const practice = await one<{ law: string; n: number }>(
    `MATCH (cell:PracticeCell) WHERE cell.law <> '*'
     WITH cell.law AS law, sum(COUNT { (cell)<-[:COUNTED_IN]-() }) AS n
     RETURN law, n ORDER BY n DESC, law LIMIT 1`,
  );
  // A word of the most common title word of at least 6 letters: a search with many hits.
  const word = await one<{ word: string }>(
    `MATCH (r:Ruling) WITH r LIMIT 2000
     UNWIND split(toLower(r.title), ' ') AS word
     WITH word WHERE size(word) >= 6 AND word =~ '[a-zæøå]+'
     RETURN word, count(*) AS n ORDER BY n DESC, word LIMIT 1`,
  );
  const hits = await one<{ n: number }>(
    `CALL db.index.fulltext.queryNodes('ruling_text', $query) YIELD node RETURN count(node) AS n`,
    { query: toLuceneQuery(word.word) },
  );
  return {
    asOf,
    statusRuling: status.number,
    lineageRuling: lineage.number,
    lineageDepth: lineage.depth,
    busyParagraph: busy.ref,
    busyParagraphRulings: busy.n,
    overviewLaw: law.id,
    overviewParagraphs: law.n,
    practiceLaw: practice.law,
    practiceCases: practice.n,
    searchText: word.word,
    searchHits: hits.n,
    pageRuling: page.number,
    pageParagraph: pageParagraph.ref,
    pageParagraphRulings: pageParagraph.n,
  };
}

export const firstRow = (rows: Record<string, unknown>[], column: string) => rows[0]?.[column] ?? null;

/** Lists whose order the two APIs define differently where the data has ties are compared sorted. */
const byNumber = (a: { number: string }, b: { number: string }) =>
  a.number < b.number ? -1 : a.number > b.number ? 1 : 0;

export function buildOperations(s: Subjects): Operation[] {
  const lineageDepth = 8;
  const overview = loadStatementFile(
    join(CYPHER_DIR, 'queries', 'paragraph-overview', 'overview-of-law.cypher'),
    'cypher/queries/paragraph-overview/overview-of-law.cypher',
  );
  return [
    {
      name: 'status',
      title: 'ruling by number with status',
      floor: {
        cypher: floorCypher('ruling-status'),
        params: { number: s.statusRuling, asOf: s.asOf },
        shape: (rows) => ({ ruling: firstRow(rows, 'ruling') }),
      },
      api: {
        query: `query($number: String!, $asOf: Date) { ruling(number: $number) { number title decidedOn status(asOf: $asOf) { status repealedOn successors { number title } } } }`,
        variables: { number: s.statusRuling, asOf: s.asOf },
      },
      neo4jGraphql: {
        query: `query($number: String!, $asOf: String!) { rulings(where: { number: { eq: $number } }) { number title decidedOn status(asOf: $asOf) repealedOn(asOf: $asOf) successors(asOf: $asOf) { number title } } }`,
        variables: { number: s.statusRuling, asOf: s.asOf },
        normalise: (data) => {
          const r = data.rulings[0];
          return r
            ? {
                ruling: {
                  number: r.number,
                  title: r.title,
                  decidedOn: r.decidedOn,
                  status: { status: r.status, repealedOn: r.repealedOn, successors: r.successors },
                },
              }
            : { ruling: null };
        },
      },
    },
    {
      name: 'lineage',
      title: `lineage to depth ${lineageDepth} both ways`,
      floor: {
        cypher: floorCypher('lineage'),
        params: { number: s.lineageRuling, maxDepth: lineageDepth },
        shape: (rows) => ({ ruling: firstRow(rows, 'ruling') }),
      },
      api: {
        query: `query($number: String!, $depth: Int!) { ruling(number: $number) { number replaces(maxDepth: $depth) { depth ruling { number title decidedOn } } replacedBy(maxDepth: $depth) { depth ruling { number title decidedOn } } } }`,
        variables: { number: s.lineageRuling, depth: lineageDepth },
      },
      neo4jGraphql: {
        query: `query($number: String!, $depth: Int!) { rulings(where: { number: { eq: $number } }) { number predecessorLineage(maxDepth: $depth) { depth number title decidedOn } successorLineage(maxDepth: $depth) { depth number title decidedOn } } }`,
        variables: { number: s.lineageRuling, depth: lineageDepth },
        normalise: (data) => {
          const r = data.rulings[0];
          const steps = (hits: any[]) =>
            hits.map((h) => ({ depth: h.depth, ruling: { number: h.number, title: h.title, decidedOn: h.decidedOn } }));
          return {
            ruling: r
              ? { number: r.number, replaces: steps(r.predecessorLineage), replacedBy: steps(r.successorLineage) }
              : null,
          };
        },
      },
    },
    {
      name: 'applicability',
      title: 'applicableRulings of a busy paragraph',
      floor: {
        cypher: floorCypher('applicable-rulings'),
        params: { ref: s.busyParagraph, asOf: s.asOf },
        shape: (rows) => ({ applicableRulings: firstRow(rows, 'applicableRulings') }),
      },
      api: {
        query: `query($ref: String!, $asOf: Date) { applicableRulings(paragraph: $ref, asOf: $asOf) { direct status ruling { number title decidedOn } via { ref } } }`,
        variables: { ref: s.busyParagraph, asOf: s.asOf },
      },
      neo4jGraphql: {
        query: `query($ref: String!, $asOf: String!) { applicableRulings(ref: $ref, asOf: $asOf) { direct status number title decidedOn via } }`,
        variables: { ref: s.busyParagraph, asOf: s.asOf },
        normalise: (data) => ({
          applicableRulings: data.applicableRulings.map((a: any) => ({
            direct: a.direct,
            status: a.status,
            ruling: { number: a.number, title: a.title, decidedOn: a.decidedOn },
            via: { ref: a.via },
          })),
        }),
      },
    },
    {
      name: 'overview',
      title: `paragraphOverview of a law (${s.overviewParagraphs} paragraphs)`,
      // The API's own statement is already the one statement for the whole law.
      floor: {
        cypher: overview,
        params: { law: s.overviewLaw, asOf: s.asOf },
        shape: (rows) => {
          const row = rows[0] as any;
          const titles = new Map<string, string>((row.rulings as any[]).map((r) => [r.number, r.title]));
          return {
            paragraphOverview: (row.paragraphs as any[]).map((p) => ({
              paragraph: { ref: p.paragraph.ref },
              inForce: p.inForce,
              rulingsInForce: p.rulingsInForce,
              rulingsPartiallyRepealed: p.rulingsPartiallyRepealed,
              rulingsRepealed: p.rulingsRepealed,
              latestRuling: p.latestRuling ? { number: p.latestRuling, title: titles.get(p.latestRuling) } : null,
              carriedOver: (p.carriedOver as any[]).map((c) => ({
                status: c.status,
                ruling: { number: c.ruling },
                via: { ref: c.via },
              })),
            })),
          };
        },
      },
      api: {
        query: `query($law: ID!, $asOf: Date) { paragraphOverview(law: $law, asOf: $asOf) { paragraph { ref } inForce rulingsInForce rulingsPartiallyRepealed rulingsRepealed latestRuling { number title } carriedOver { status ruling { number } via { ref } } } }`,
        variables: { law: s.overviewLaw, asOf: s.asOf },
      },
      neo4jGraphql: {
        query: `query($law: String!, $asOf: String!) { paragraphs(where: { lawId: { eq: $law } }, sort: [{ sortKey: ASC }, { ref: ASC }]) { ref inForce(asOf: $asOf) rulingsInForce(asOf: $asOf) rulingsPartiallyRepealed(asOf: $asOf) rulingsRepealed(asOf: $asOf) latestRuling(asOf: $asOf) { number title } carriedOver(asOf: $asOf) { number status via } } }`,
        variables: { law: s.overviewLaw, asOf: s.asOf },
        normalise: (data) => ({
          paragraphOverview: data.paragraphs.map((p: any) => ({
            paragraph: { ref: p.ref },
            inForce: p.inForce,
            rulingsInForce: p.rulingsInForce,
            rulingsPartiallyRepealed: p.rulingsPartiallyRepealed,
            rulingsRepealed: p.rulingsRepealed,
            latestRuling: p.latestRuling,
            carriedOver: p.carriedOver.map((c: any) => ({
              status: c.status,
              ruling: { number: c.number },
              via: { ref: c.via },
            })),
          })),
        }),
      },
    },
    {
      name: 'practice',
      title: `practice of one law (${s.practiceCases} cases) with byYear and byAuthority`,
      floor: {
        cypher: floorCypher('practice'),
        params: { law: s.practiceLaw },
        shape: (rows) => ({ practice: firstRow(rows, 'practice') }),
      },
      api: {
        query: `query($law: String!) { practice(filter: { law: $law }) { decided onMerits reversalRate byYear { year decided onMerits reversed reversalRate } byAuthority(minOnMerits: 0) { authority { code name } decided onMerits reversed reversalRate } } }`,
        variables: { law: s.practiceLaw },
      },
      neo4jGraphql: {
        query: `query($law: String!) { lawPractice(law: $law) { decided onMerits reversalRate byYear { year decided onMerits reversed reversalRate } byAuthority { code name decided onMerits reversed reversalRate } } }`,
        variables: { law: s.practiceLaw },
        normalise: (data) => {
          const p = data.lawPractice;
          return {
            practice: {
              decided: p.decided,
              onMerits: p.onMerits,
              reversalRate: p.reversalRate,
              byYear: p.byYear,
              byAuthority: p.byAuthority.map((a: any) => ({
                authority: { code: a.code, name: a.name },
                decided: a.decided,
                onMerits: a.onMerits,
                reversed: a.reversed,
                reversalRate: a.reversalRate,
              })),
            },
          };
        },
      },
    },
    {
      name: 'matrix',
      title: `every authority × year of decision, national (practice byAuthority { byYear }, first ${MATRIX_AUTHORITIES})`,
      floor: { cypher: PRACTICE_MATRIX_CYPHER, params: {}, shape: (rows) => ({ practice: firstRow(rows, 'matrix') }) },
      api: {
        query: `query($first: Int!) { practice(filter: {}) { byAuthority(first: $first, orderBy: DECIDED_DESC, minOnMerits: 0) { authority { code name } decided onMerits reversed byYear { year decided onMerits reversed reversalRate } } } }`,
        variables: { first: MATRIX_AUTHORITIES },
      },
      neo4jGraphql: {
        query: `{ authorityYearMatrix { byAuthority { authority { code name } decided onMerits reversed byYear { year decided onMerits reversed reversalRate } } } }`,
        variables: {},
        normalise: (data) => ({ practice: data.authorityYearMatrix }),
      },
    },
    {
      name: 'list50',
      title: 'list of 50 rulings with status, paragraphs and replaces',
      floor: {
        cypher: floorCypher('ruling-list'),
        params: { limit: 50, asOf: s.asOf },
        shape: (rows) => ({ rulings: { edges: (firstRow(rows, 'rulings') as any[]).map((node) => ({ node })) } }),
      },
      api: {
        query: `query($asOf: Date) { rulings(first: 50) { edges { node { number title decidedOn status(asOf: $asOf) { status } paragraphs { ref } replaces(maxDepth: 1) { depth ruling { number } } } } } }`,
        variables: { asOf: s.asOf },
      },
      neo4jGraphql: {
        query: `query($asOf: String!) { rulings(sort: [{ decidedOn: DESC }, { number: ASC }], limit: 50) { number title decidedOn status(asOf: $asOf) paragraphs(sort: [{ lawId: ASC }, { sortKey: ASC }, { ref: ASC }]) { ref } replacesDirectly(sort: [{ decidedOn: ASC }, { number: ASC }]) { number } } }`,
        variables: { asOf: s.asOf },
        normalise: (data) => ({
          rulings: {
            edges: data.rulings.map((r: any) => ({
              node: {
                number: r.number,
                title: r.title,
                decidedOn: r.decidedOn,
                status: { status: r.status },
                paragraphs: r.paragraphs,
                replaces: r.replacesDirectly.map((o: any) => ({ depth: 1, ruling: { number: o.number } })),
              },
            })),
          },
        }),
      },
    },
    {
      name: 'sorted50',
      title: 'sorted list of 50 rulings (by title, ascending)',
      floor: {
        cypher: floorCypher('sorted-list'),
        params: { limit: 50 },
        shape: (rows) => ({ rulings: { edges: (firstRow(rows, 'rulings') as any[]).map((node) => ({ node })) } }),
      },
      api: {
        query: `{ rulings(first: 50, orderBy: { field: TITLE, direction: ASC }) { edges { node { number title decidedOn } } } }`,
        variables: {},
      },
      neo4jGraphql: {
        query: `{ rulings(sort: [{ title: ASC }, { number: ASC }], limit: 50) { number title decidedOn } }`,
        variables: {},
        normalise: (data) => ({ rulings: { edges: data.rulings.map((node: any) => ({ node })) } }),
      },
    },
    {
      name: 'search',
      title: `full-text search ("${s.searchText}", ${s.searchHits} hits, first 20)`,
      floor: {
        cypher: floorCypher('search'),
        params: { query: toLuceneQuery(s.searchText), limit: 20 },
        shape: (rows) => ({ searchRulings: { edges: firstRow(rows, 'edges') } }),
      },
      api: {
        query: `query($text: String!) { searchRulings(text: $text, first: 20) { edges { score node { number title } } } }`,
        variables: { text: s.searchText },
      },
      neo4jGraphql: {
        query: `query($text: String!) { rulingsFulltext(phrase: $text, sort: [{ score: DESC }], first: 20) { edges { score node { number title } } } }`,
        variables: { text: toLuceneQuery(s.searchText) },
        normalise: (data) => ({ searchRulings: { edges: data.rulingsFulltext.edges } }),
      },
    },
    ...pageOperations(s),
  ];
}

/**
 * The comparable form of an answer: key order and float noise removed, and where the two APIs
 * order ties differently by definition (a ruling's direct replacements: the API by step date,
 * @neo4j/graphql by the ruling's date; search hits of equal score), those lists sorted.
 */
export function normalise(operation: string, answer: unknown): string {
  const value = JSON.parse(JSON.stringify(answer));
  if (operation === 'list50') {
    for (const edge of value.rulings.edges) edge.node.replaces.sort((a: any, b: any) => byNumber(a.ruling, b.ruling));
  }
  if (operation === 'search') {
    value.searchRulings.edges.sort((a: any, b: any) => b.score - a.score || byNumber(a.node, b.node));
  }
  return JSON.stringify(value, (_key, v) => {
    if (typeof v === 'number' && !Number.isInteger(v)) return Number(v.toPrecision(10));
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, v[k]]),
      );
    }
    return v;
  });
}
