// Floor for the explorer's paragraph page (web/src/pages/ParagraphPage.tsx) in one statement:
// the paragraph, its law, its earlier and later numberings (each once at its nearest depth,
// as cypher/queries/paragraph/successions-of-paragraphs.cypher), the rulings made directly
// under it that apply on $asOf with status and citator flag (rulings-of-paragraphs.cypher), and
// the practice of its cases and those of the paragraphs it succeeded (cases-by-paragraph.cypher
// with totals.cypher: a case under two paragraphs of the chain counts once).
MATCH (p:Paragraph {ref: $ref})
// Parts that aggregate are CALL subqueries: Neo4j 5.26 reads an aggregation inside a COLLECT
// subquery of a map projection as the projection's own ("implicit grouping keys").
CALL (p) {
  MATCH (other:Paragraph) (()-[step:SUCCEEDED_BY]->()){1,25} (p)
  WITH other, step ORDER BY size(step)
  WITH other, head(collect({depth: size(step), on: step[0].on})) AS nearest
  ORDER BY nearest.depth, other.lawId, other.sortKey, other.ref
  RETURN collect({depth: nearest.depth, on: nearest.on,
    paragraph: {ref: other.ref, title: other.title, validFrom: other.validFrom, validTo: other.validTo}}) AS predecessors
}
CALL (p) {
  MATCH (p) (()-[step:SUCCEEDED_BY]->()){1,25} (other:Paragraph)
  WITH other, step ORDER BY size(step)
  WITH other, head(collect({depth: size(step), on: step[size(step) - 1].on})) AS nearest
  ORDER BY nearest.depth, other.lawId, other.sortKey, other.ref
  RETURN collect({depth: nearest.depth, on: nearest.on,
    paragraph: {ref: other.ref, title: other.title, validFrom: other.validFrom, validTo: other.validTo}}) AS successors
}
CALL (p) {
  CALL (p) {
    MATCH (q:Paragraph)-[:SUCCEEDED_BY*0..25]->(p)
    MATCH (q)<-[:CONCERNS]-(c:ComplaintCase)
    WITH DISTINCT c
    RETURN c.outcome AS outcome, count(*) AS n
  }
  WITH sum(n) AS decided,
    sum(CASE outcome WHEN 'DISMISSED' THEN n ELSE 0 END) AS dismissed,
    sum(CASE WHEN {{> practice/reversed outcome=outcome}} THEN n ELSE 0 END) AS reversed
  RETURN {decided: decided, onMerits: decided - dismissed, reversed: reversed,
    reversalRate: {{> practice/reversal-rate reversed=reversed onMerits=(decided-dismissed)}}} AS practice
}
RETURN {
  ref: p.ref,
  title: p.title,
  validFrom: p.validFrom,
  validTo: p.validTo,
  law: COLLECT { MATCH (p)-[:PART_OF]->(l:Law) RETURN {code: l.id, shortTitle: l.shortTitle} }[0],
  predecessors: predecessors,
  successors: successors,
  rulings: COLLECT {
    MATCH (r)-[:INTERPRETS]->(p)
    WHERE {{> status/applies ruling=r asOf=$asOf}}
    WITH r, {{> status/partly-repealed ruling=r asOf=$asOf}} AS partly
    ORDER BY r.decidedOn DESC, r.number
    RETURN {number: r.number, title: r.title, decidedOn: r.decidedOn, status: {
      status: {{> status/of-applying ruling=r asOf=$asOf}},
      flag: CASE WHEN partly
        OR EXISTS { (r)-[:INTERPRETS]->(q:Paragraph) WHERE {{> status/paragraph-changed paragraph=q asOf=$asOf}} }
        OR EXISTS { (r)-[:CITES]->(cited:Ruling) WHERE {{> status/cited-repealed ruling=cited asOf=$asOf}} }
        THEN 'CAUTION' ELSE 'GOOD_LAW' END
    }}
  },
  practice: practice
} AS paragraph
