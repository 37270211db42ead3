import { firstRow, floorCypher, PAGE_DEPTH, type Operation, type Subjects } from './operations';

/**
 * Issue 16: the explorer's two page queries as bench operations, each one request. Taken from
 * web/src/pages/RulingPage.tsx and ParagraphPage.tsx, less what @neo4j/graphql has no
 * counterpart for without reimplementing the API (see bench/README.md): on the ruling page
 * `datePrecision`, `status.flagLabel`, `dateApproximate` and `asOf` (computed in TypeScript
 * from fields that are asked anyway) and the `lineage { nodes edges }` graph, asked here as
 * `replaces`/`replacedBy` with each ruling's status (the map's nodes and colours); on the
 * paragraph page the applicable rulings with renumbering are the `applicability` operation, so
 * the page asks the paragraph's own `rulings(asOf:)` with their status and flag instead.
 */
const statusOf = (r: any) => ({ status: r.status });

export function pageOperations(s: Subjects): Operation[] {
  return [
    {
      name: 'rulingPage',
      title: `the explorer's ruling page (status, reasons, lineage ${PAGE_DEPTH} both ways, paragraphs, citations)`,
      floor: {
        cypher: floorCypher('ruling-page'),
        params: { number: s.pageRuling, asOf: s.asOf, depth: PAGE_DEPTH },
        shape: (rows) => ({ ruling: firstRow(rows, 'ruling') }),
      },
      api: {
        query: `query RulingPage($number: String!, $asOf: Date, $depth: Int!) {
  ruling(number: $number) {
    number title decidedOn summary
    paragraphs { ref title }
    status(asOf: $asOf) { status flag repealedOn reasons { code label } successors { number title } }
    replaces(maxDepth: $depth) { depth ruling { number title decidedOn status(asOf: $asOf) { status } } }
    replacedBy(maxDepth: $depth) { depth ruling { number title decidedOn status(asOf: $asOf) { status } } }
    cites { number title }
    citedBy { number title }
    complaintCases(first: 1) { totalCount }
  }
}`,
        variables: { number: s.pageRuling, asOf: s.asOf, depth: PAGE_DEPTH },
      },
      neo4jGraphql: {
        query: `query RulingPage($number: String!, $asOf: String!, $depth: Int!) {
  rulings(where: { number: { eq: $number } }) {
    number title decidedOn summary
    paragraphs(sort: [{ lawId: ASC }, { sortKey: ASC }, { ref: ASC }]) { ref title }
    status(asOf: $asOf) flag(asOf: $asOf) repealedOn(asOf: $asOf) reasons(asOf: $asOf) { code label }
    successors(asOf: $asOf) { number title }
    predecessorMap(maxDepth: $depth, asOf: $asOf) { depth number title decidedOn status }
    successorMap(maxDepth: $depth, asOf: $asOf) { depth number title decidedOn status }
    cites(sort: [{ decidedOn: ASC }, { number: ASC }]) { number title }
    citedBy(sort: [{ decidedOn: ASC }, { number: ASC }]) { number title }
    appliedCaseCount
  }
}`,
        variables: { number: s.pageRuling, asOf: s.asOf, depth: PAGE_DEPTH },
        normalise: (data) => {
          const r = data.rulings[0];
          if (!r) return { ruling: null };
          const steps = (hits: any[]) =>
            hits.map((h) => ({
              depth: h.depth,
              ruling: { number: h.number, title: h.title, decidedOn: h.decidedOn, status: statusOf(h) },
            }));
          return {
            ruling: {
              number: r.number,
              title: r.title,
              decidedOn: r.decidedOn,
              summary: r.summary,
              paragraphs: r.paragraphs,
              status: {
                status: r.status,
                flag: r.flag,
                repealedOn: r.repealedOn,
                reasons: r.reasons,
                successors: r.successors,
              },
              replaces: steps(r.predecessorMap),
              replacedBy: steps(r.successorMap),
              cites: r.cites,
              citedBy: r.citedBy,
              complaintCases: { totalCount: r.appliedCaseCount },
            },
          };
        },
      },
    },
    {
      name: 'paragraphPage',
      title: `the explorer's paragraph page (law, history both ways, ${s.pageParagraphRulings} rulings under it on a date, practice)`,
      floor: {
        cypher: floorCypher('paragraph-page'),
        params: { ref: s.pageParagraph, asOf: s.asOf },
        shape: (rows) => ({ paragraph: firstRow(rows, 'paragraph') }),
      },
      api: {
        query: `query ParagraphPage($ref: String!, $asOf: Date) {
  paragraph(ref: $ref) {
    ref title validFrom validTo
    law { code shortTitle }
    predecessors { depth on paragraph { ...TimelineParagraph } }
    successors { depth on paragraph { ...TimelineParagraph } }
    rulings(asOf: $asOf) { number title decidedOn status(asOf: $asOf) { status flag } }
    practice { decided onMerits reversed reversalRate }
  }
}
fragment TimelineParagraph on Paragraph { ref title validFrom validTo }`,
        variables: { ref: s.pageParagraph, asOf: s.asOf },
      },
      neo4jGraphql: {
        query: `query ParagraphPage($ref: String!, $asOf: String!) {
  paragraphs(where: { ref: { eq: $ref } }) {
    ref title validFrom validTo
    laws { id shortTitle }
    predecessorSteps { depth on ref title validFrom validTo }
    successorSteps { depth on ref title validFrom validTo }
    applyingRulings(asOf: $asOf) { number title decidedOn status(asOf: $asOf) flag(asOf: $asOf) }
    practice { decided onMerits reversed reversalRate }
  }
}`,
        variables: { ref: s.pageParagraph, asOf: s.asOf },
        normalise: (data) => {
          const p = data.paragraphs[0];
          if (!p) return { paragraph: null };
          const steps = (list: any[]) =>
            list.map((x) => ({
              depth: x.depth,
              on: x.on,
              paragraph: { ref: x.ref, title: x.title, validFrom: x.validFrom, validTo: x.validTo },
            }));
          const law = p.laws[0];
          return {
            paragraph: {
              ref: p.ref,
              title: p.title,
              validFrom: p.validFrom,
              validTo: p.validTo,
              law: law ? { code: law.id, shortTitle: law.shortTitle } : null,
              predecessors: steps(p.predecessorSteps),
              successors: steps(p.successorSteps),
              rulings: p.applyingRulings.map((r: any) => ({
                number: r.number,
                title: r.title,
                decidedOn: r.decidedOn,
                status: { status: r.status, flag: r.flag },
              })),
              practice: p.practice,
            },
          };
        },
      },
    },
  ];
}
