/**
 * The schema an @neo4j/graphql 7 user would write for the same graph: @node types with
 * @relationship fields (the library generates the queries, filters and sorting), the
 * ruling_text index through @fulltext, and @cypher fields where the library has nothing native:
 * status on a date, lineage with depths, applicability through renumbering, the paragraph
 * overview's counts and practice statistics, and for the explorer's pages (issue 16) the citator
 * flag and reasons, lineage with each ruling's status, a paragraph's history, the rulings that
 * apply under it and its practice. Each @cypher statement is the same rule as the
 * API's own statement (cypher/queries/...), written for one `this` node, as a user would. Dates
 * are the stored 'YYYY-MM-DD' strings, so they are String here.
 */

import { renderFragment } from '../../src/db/cypher-registry';
import { PRACTICE_MATRIX_CYPHER } from '../lib/practice-matrix';

// The status rule and the successors are the project's own fragments (cypher/fragments/status/),
// so the variants can only differ in how they run the rule, never in the rule.
const FULLY_REPEALED = (ruling: string) => renderFragment('status/fully-repealed', { ruling, asOf: '$asOf' });
const PARTLY_REPEALED = (ruling: string) => renderFragment('status/partly-repealed', { ruling, asOf: '$asOf' });
const APPLIES = (ruling: string) => renderFragment('status/applies', { ruling, asOf: '$asOf' });
const REVERSED = (outcome: string) => renderFragment('practice/reversed', { outcome });
const REVERSAL_RATE = (reversed: string, onMerits: string) =>
  renderFragment('practice/reversal-rate', { reversed, onMerits });
const STATUS = (ruling: string) => renderFragment('status/kind', { ruling, asOf: '$asOf' });

const REPEALED_ON = `
  OPTIONAL MATCH (this)<-[x:REPEALS]-(c) WHERE c.decidedOn <= $asOf AND this.decidedOn <= $asOf
  WITH x, c ORDER BY CASE x.extent WHEN 'FULL' THEN 0 ELSE 1 END, c.decidedOn, c.id
  RETURN head(collect(c.decidedOn)) AS repealedOn`;

const SUCCESSORS = `UNWIND ${renderFragment('status/successors', { ruling: 'this', asOf: '$asOf' })} AS s RETURN s`;

// Lineage hits with their minimal depth and the date of the step reaching them on a shortest
// chain, as cypher/queries/lineage/replaces-of-rulings.cypher (pruning breadth-first via min()).
const LINEAGE = (arrow: string, step: string, extra = '') => `
  CALL (this) {
    MATCH path = (this)${arrow}(reached:Ruling)
    WITH reached, min(length(path)) AS depth
    WHERE depth <= $maxDepth
    RETURN collect({ruling: reached, depth: depth}) AS hits
  }
  UNWIND hits AS hit
  WITH this, hits, hit.ruling AS reached, hit.depth AS depth
  MATCH ${step}
  WHERE CASE depth WHEN 1 THEN nearer = this ELSE any(other IN hits WHERE other.depth = depth - 1 AND other.ruling = nearer) END
  WITH reached, depth, min(step.on) AS on
  ORDER BY depth, on, reached.decidedOn, reached.number
  RETURN {depth: depth, number: reached.number, title: reached.title, decidedOn: reached.decidedOn${extra}} AS hit`;

// The ruling page's lineage map colours each ruling by its status.
const WITH_STATUS = `, status: ${STATUS('reached')}`;

// A paragraph it interprets was succeeded or ended by asOf; it cites a (partly) repealed ruling.
const LAW_CHANGED = `EXISTS { (this)-[:INTERPRETS]->(p:Paragraph) WHERE p.validTo < $asOf OR EXISTS { (p)-[s:SUCCEEDED_BY]->() WHERE s.on <= $asOf } }`;
const CITES_REPEALED = `EXISTS { (this)-[:CITES]->(cited:Ruling) WHERE EXISTS { (cited)<-[:REPEALS]-(c) WHERE c.decidedOn <= $asOf } }`;

// The citator badge of src/lineage/citator-flag.ts.
const FLAG = `RETURN CASE
  WHEN this.decidedOn > $asOf THEN 'NOT_YET_IN_FORCE'
  WHEN ${FULLY_REPEALED('this')} THEN 'OVERRULED'
  WHEN ${PARTLY_REPEALED('this')} OR ${LAW_CHANGED} OR ${CITES_REPEALED} THEN 'CAUTION'
  ELSE 'GOOD_LAW' END AS flag`;

// The reasons behind the flag, with the Danish sentences of src/lineage/citator-flag.ts.
const JOIN = (list: string, item: string) =>
  `reduce(s = '', x IN ${list} | s + CASE s WHEN '' THEN '' ELSE ', ' END + ${item})`;
const REASONS = `
  WITH this, COLLECT {
    MATCH (this)<-[x:REPEALS]-(c) WHERE c.decidedOn <= $asOf
    RETURN {extent: x.extent, on: c.decidedOn, id: c.id} AS repeal ORDER BY c.decidedOn, c.id
  } AS repeals
  WITH this, [x IN repeals WHERE x.extent = 'FULL'] AS full, [x IN repeals WHERE x.extent = 'PARTIAL'] AS partial,
    COLLECT {
      MATCH (this)-[:INTERPRETS]->(p:Paragraph)
      WHERE p.validTo < $asOf OR EXISTS { (p)-[s:SUCCEEDED_BY]->() WHERE s.on <= $asOf }
      RETURN p.ref ORDER BY p.lawId, p.sortKey, p.ref
    } AS changed,
    COLLECT {
      MATCH (this)-[:CITES]->(cited:Ruling) WHERE EXISTS { (cited)<-[:REPEALS]-(c) WHERE c.decidedOn <= $asOf }
      RETURN cited.number ORDER BY cited.decidedOn, cited.number
    } AS citesRepealed
  UNWIND CASE WHEN this.decidedOn > $asOf THEN [] ELSE
    CASE WHEN size(full) > 0
      THEN [{code: 'REPEALED_BY', label: 'Ophævet ved sammenskrivning ' + full[0].id + ' den ' + full[0].on + '.'}] ELSE [] END +
    CASE WHEN size(full) = 0 AND size(partial) > 0
      THEN [{code: 'PARTIALLY_REPEALED', label: 'Delvist ophævet ved sammenskrivning ' + ${JOIN('partial', "x.id + ' (' + x.on + ')'")} + '.'}] ELSE [] END +
    CASE WHEN size(changed) > 0
      THEN [{code: 'LAW_CHANGED', label: 'Loven er ændret siden afgørelsen: ' + ${JOIN('changed', 'x')} + ' er afløst eller ophørt.'}] ELSE [] END +
    CASE WHEN size(citesRepealed) > 0
      THEN [{code: 'CITES_REPEALED', label: 'Henviser til ophævet eller delvist ophævet praksis: ' + ${JOIN('citesRepealed', 'x')} + '.'}] ELSE [] END
  END AS reason
  RETURN reason`;

// Earlier or later numberings of a paragraph, each once at its nearest depth, with the date of
// the step touching it (cypher/queries/paragraph/successions-of-paragraphs.cypher).
const SUCCESSION = (pattern: string, on: string) => `
  MATCH ${pattern}
  WITH other, step ORDER BY size(step)
  WITH other, head(collect({depth: size(step), on: ${on}})) AS nearest
  ORDER BY nearest.depth, other.lawId, other.sortKey, other.ref
  RETURN {depth: nearest.depth, on: nearest.on, ref: other.ref, title: other.title, validFrom: other.validFrom, validTo: other.validTo} AS step`;

// Rulings made directly under the paragraph that apply on asOf, newest first.
const APPLYING = `
  MATCH (r)-[:INTERPRETS]->(this)
  WHERE ${APPLIES('r')}
  RETURN r ORDER BY r.decidedOn DESC, r.number`;

// The paragraph's cases and those of the paragraphs it succeeded, each case once.
const PARAGRAPH_PRACTICE = `
  CALL (this) {
    MATCH (q:Paragraph)-[:SUCCEEDED_BY*0..25]->(this)
    MATCH (q)<-[:CONCERNS]-(c:ComplaintCase)
    WITH DISTINCT c
    RETURN c.outcome AS outcome, count(*) AS n
  }
  WITH sum(n) AS decided,
    sum(CASE outcome WHEN 'DISMISSED' THEN n ELSE 0 END) AS dismissed,
    sum(CASE WHEN ${REVERSED('outcome')} THEN n ELSE 0 END) AS reversed
  RETURN {decided: decided, onMerits: decided - dismissed, reversed: reversed,
    reversalRate: ${REVERSAL_RATE('reversed', '(decided - dismissed)')}} AS practice`;

const APPLICABLE = `
  MATCH (target:Paragraph {ref: $ref})
  MATCH (via) (()-[step:SUCCEEDED_BY]->() WHERE step.on IS NULL OR step.on <= $asOf){0,25} (target)
  WITH via, min(size(step)) AS depth
  MATCH (r)-[:INTERPRETS]->(via)
  WHERE ${APPLIES('r')}
  WITH r, via, depth ORDER BY depth, via.lawId, via.sortKey, via.ref
  WITH r, head(collect({via: via, depth: depth})) AS nearest
  ORDER BY r.decidedOn DESC, r.number
  RETURN {
    direct: nearest.depth = 0,
    status: CASE WHEN ${PARTLY_REPEALED('r')} THEN 'PARTIALLY_REPEALED' ELSE 'IN_FORCE' END,
    number: r.number, title: r.title, decidedOn: r.decidedOn, via: nearest.via.ref
  } AS applicability`;

const CARRIED_OVER = `
  MATCH (via) (()-[step:SUCCEEDED_BY]->() WHERE step.on IS NULL OR step.on <= $asOf){1,25} (this)
  WITH via, min(size(step)) AS depth
  MATCH (r)-[:INTERPRETS]->(via)
  WHERE NOT EXISTS { (r)-[:INTERPRETS]->(this) } AND ${APPLIES('r')}
  WITH r, via, depth ORDER BY depth, via.lawId, via.sortKey, via.ref
  WITH r, head(collect(via)) AS via
  ORDER BY r.decidedOn DESC, r.number
  RETURN {
    number: r.number,
    status: CASE WHEN ${PARTLY_REPEALED('r')} THEN 'PARTIALLY_REPEALED' ELSE 'IN_FORCE' END,
    via: via.ref
  } AS carried`;

const STATUS_COUNT = (kind: string) => `
  MATCH (r)-[:INTERPRETS]->(this) WHERE r.decidedOn <= $asOf
  WITH ${STATUS('r')} AS status
  RETURN count(CASE WHEN ${kind} THEN 1 END) AS n`;

const LATEST = `
  MATCH (r)-[:INTERPRETS]->(this)
  WHERE ${APPLIES('r')}
  RETURN r ORDER BY r.decidedOn DESC, r.number LIMIT 1`;

// Practice from the practice cells the importer maintains (the same access path the API uses),
// totals, byYear and byAuthority (REVERSAL_RATE_DESC, first 20) in one statement.
const PRACTICE = `
  MATCH (cell:PracticeCell {law: $law})
  WITH cell, COUNT { (cell)<-[:COUNTED_IN]-() } AS size WHERE size > 0
  WITH collect({year: toInteger(cell.year), authority: cell.authority, outcome: cell.outcome, n: size}) AS cells
  WITH cells,
    reduce(s = 0, c IN cells | s + c.n) AS decided,
    reduce(s = 0, c IN cells | s + CASE c.outcome WHEN 'DISMISSED' THEN c.n ELSE 0 END) AS dismissed,
    reduce(s = 0, c IN cells | s + CASE WHEN ${REVERSED('c.outcome')} THEN c.n ELSE 0 END) AS reversed
  CALL (cells) {
      UNWIND cells AS c
      WITH c.year AS year, sum(c.n) AS decided,
           sum(CASE c.outcome WHEN 'DISMISSED' THEN c.n ELSE 0 END) AS dismissed,
           sum(CASE WHEN ${REVERSED('c.outcome')} THEN c.n ELSE 0 END) AS reversed
      ORDER BY year
      RETURN collect({year: year, decided: decided, onMerits: decided - dismissed, reversed: reversed,
              reversalRate: ${REVERSAL_RATE('reversed', '(decided - dismissed)')}}) AS byYear
  }
  CALL (cells) {
      UNWIND cells AS c
      WITH c.authority AS code, sum(c.n) AS aDecided,
           sum(CASE c.outcome WHEN 'DISMISSED' THEN c.n ELSE 0 END) AS aDismissed,
           sum(CASE WHEN ${REVERSED('c.outcome')} THEN c.n ELSE 0 END) AS aReversed
      WITH code, aDecided, aDecided - aDismissed AS aOnMerits, aReversed,
           ${REVERSAL_RATE('aReversed', '(aDecided - aDismissed)')} AS rate
      MATCH (a:Authority {code: code})
      WITH code, a, aDecided, aOnMerits, aReversed, rate
      ORDER BY -rate, aDecided DESC, code
      LIMIT 20
      RETURN collect({code: code, name: a.name, decided: aDecided, onMerits: aOnMerits, reversed: aReversed, reversalRate: rate}) AS byAuthority
  }
  RETURN {
    decided: decided,
    onMerits: decided - dismissed,
    reversalRate: ${REVERSAL_RATE('reversed', '(decided - dismissed)')},
    byYear: byYear,
    byAuthority: byAuthority
  } AS stats`;

export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  type Law @node {
    id: String!
    title: String!
    shortTitle: String
  }

  type Paragraph @node {
    ref: String!
    lawId: String!
    number: String
    sortKey: String
    title: String
    validFrom: String
    validTo: String
    rulings: [Ruling!]! @relationship(type: "INTERPRETS", direction: IN)
    laws: [Law!]! @relationship(type: "PART_OF", direction: OUT)
    predecessorSteps: [ParagraphStep!]! @cypher(statement: """${SUCCESSION('(other:Paragraph) (()-[step:SUCCEEDED_BY]->()){1,25} (this)', 'step[0].on')}""", columnName: "step")
    successorSteps: [ParagraphStep!]! @cypher(statement: """${SUCCESSION('(this) (()-[step:SUCCEEDED_BY]->()){1,25} (other:Paragraph)', 'step[size(step) - 1].on')}""", columnName: "step")
    applyingRulings(asOf: String!): [Ruling!]! @cypher(statement: """${APPLYING}""", columnName: "r")
    practice: ParagraphPractice! @cypher(statement: """${PARAGRAPH_PRACTICE}""", columnName: "practice")
    inForce(asOf: String!): Boolean!
      @cypher(statement: "RETURN (this.validFrom IS NULL OR this.validFrom <= $asOf) AND (this.validTo IS NULL OR this.validTo >= $asOf) AS inForce", columnName: "inForce")
    rulingsInForce(asOf: String!): Int! @cypher(statement: """${STATUS_COUNT("status <> 'REPEALED'")}""", columnName: "n")
    rulingsPartiallyRepealed(asOf: String!): Int! @cypher(statement: """${STATUS_COUNT("status = 'PARTIALLY_REPEALED'")}""", columnName: "n")
    rulingsRepealed(asOf: String!): Int! @cypher(statement: """${STATUS_COUNT("status = 'REPEALED'")}""", columnName: "n")
    latestRuling(asOf: String!): Ruling @cypher(statement: """${LATEST}""", columnName: "r")
    carriedOver(asOf: String!): [CarriedOver!]! @cypher(statement: """${CARRIED_OVER}""", columnName: "carried")
  }

  type ParagraphStep {
    depth: Int!
    on: String
    ref: String!
    title: String
    validFrom: String
    validTo: String
  }

  type ParagraphPractice {
    decided: Int!
    onMerits: Int!
    reversed: Int!
    reversalRate: Float
  }

  type CitatorReason {
    code: String!
    label: String!
  }

  type CarriedOver {
    number: String!
    status: String!
    via: String!
  }

  type Ruling
    @node
    @fulltext(indexes: [{ indexName: "ruling_text", queryName: "rulingsFulltext", fields: ["number", "title", "summary"] }]) {
    number: String!
    title: String!
    summary: String
    decidedOn: String!
    area: String!
    paragraphs: [Paragraph!]! @relationship(type: "INTERPRETS", direction: OUT)
    replacesDirectly: [Ruling!]! @relationship(type: "REPLACES", direction: OUT)
    cites: [Ruling!]! @relationship(type: "CITES", direction: OUT)
    citedBy: [Ruling!]! @relationship(type: "CITES", direction: IN)
    appliedCaseCount: Int! @cypher(statement: "RETURN COUNT { (this)<-[:APPLIED]-() } AS n", columnName: "n")
    flag(asOf: String!): String! @cypher(statement: """${FLAG}""", columnName: "flag")
    reasons(asOf: String!): [CitatorReason!]! @cypher(statement: """${REASONS}""", columnName: "reason")
    status(asOf: String!): String! @cypher(statement: """RETURN ${STATUS('this')} AS status""", columnName: "status")
    repealedOn(asOf: String!): String @cypher(statement: """${REPEALED_ON}""", columnName: "repealedOn")
    successors(asOf: String!): [Ruling!]! @cypher(statement: """${SUCCESSORS}""", columnName: "s")
    predecessorLineage(maxDepth: Int!): [LineageHit!]! @cypher(statement: """${LINEAGE('-[:REPLACES*1..25]->', '(nearer:Ruling)-[step:REPLACES]->(reached)')}""", columnName: "hit")
    successorLineage(maxDepth: Int!): [LineageHit!]! @cypher(statement: """${LINEAGE('<-[:REPLACES*1..25]-', '(reached)-[step:REPLACES]->(nearer:Ruling)')}""", columnName: "hit")
    predecessorMap(maxDepth: Int!, asOf: String!): [LineageHit!]! @cypher(statement: """${LINEAGE('-[:REPLACES*1..25]->', '(nearer:Ruling)-[step:REPLACES]->(reached)', WITH_STATUS)}""", columnName: "hit")
    successorMap(maxDepth: Int!, asOf: String!): [LineageHit!]! @cypher(statement: """${LINEAGE('<-[:REPLACES*1..25]-', '(reached)-[step:REPLACES]->(nearer:Ruling)', WITH_STATUS)}""", columnName: "hit")
  }

  type LineageHit {
    depth: Int!
    number: String!
    title: String!
    decidedOn: String!
    "Only in predecessorMap and successorMap: the status on their asOf."
    status: String
  }

  type Applicability {
    direct: Boolean!
    status: String!
    number: String!
    title: String!
    decidedOn: String!
    via: String!
  }

  type YearPractice {
    year: Int!
    decided: Int!
    onMerits: Int!
    reversed: Int!
    reversalRate: Float
  }

  type AuthorityPractice {
    code: String!
    name: String!
    decided: Int!
    onMerits: Int!
    reversed: Int!
    reversalRate: Float
  }

  type AuthorityRef {
    code: String!
    name: String!
  }

  type AuthorityYears {
    authority: AuthorityRef!
    decided: Int!
    onMerits: Int!
    reversed: Int!
    byYear: [YearPractice!]!
  }

  # Every authority × year: the same one statement as the floor (bench/lib/practice-matrix.ts).
  type AuthorityYearMatrix {
    byAuthority: [AuthorityYears!]!
  }

  type PracticeStats {
    decided: Int!
    onMerits: Int!
    reversalRate: Float
    byYear: [YearPractice!]!
    byAuthority: [AuthorityPractice!]!
  }

  type Query {
    applicableRulings(ref: String!, asOf: String!): [Applicability!]!
      @cypher(statement: """${APPLICABLE}""", columnName: "applicability")
    lawPractice(law: String!): PracticeStats @cypher(statement: """${PRACTICE}""", columnName: "stats")
    authorityYearMatrix: AuthorityYearMatrix @cypher(statement: """${PRACTICE_MATRIX_CYPHER}""", columnName: "matrix")
  }
`;
