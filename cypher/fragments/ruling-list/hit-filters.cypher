// The filters of a full-text hit {{ruling}} (searchRulings' filter, src/ruling-list/ruling-filter.ts),
// but for status, which a statement tests where it has worked it out: the decision dates only
// when a range is given ($dated), so an unfiltered search reads no date of a hit it does not
// show; then area, law and paragraph (with the paragraphs it succeeded where asked). Hits are
// few enough to test one by one. Each filter is an optional section that the repository keeps
// only where the request sets it (src/ruling-list/ruling-list.repository.ts): tested on every
// hit, the four unset filters alone took a quarter of an unfiltered search's 2,831 hits'
// time. A statement read whole keeps all four, each still guarded by its parameter.
true
{{#hitDated}}
AND (NOT $dated OR ({{ruling}}.decidedOn >= $decidedFrom AND {{ruling}}.decidedOn <= $decidedTo))
{{/hitDated}}
{{#hitArea}}
AND ($area IS NULL OR {{ruling}}.area = $area)
{{/hitArea}}
{{#hitLaw}}
AND ($law IS NULL OR EXISTS { ({{ruling}})-[:INTERPRETS]->(p:Paragraph) WHERE p.lawId = $law })
{{/hitLaw}}
{{#hitParagraph}}
AND ($paragraph IS NULL OR EXISTS {
  MATCH ({{ruling}})-[:INTERPRETS]->(p:Paragraph)
  WHERE p.ref = $paragraph
     OR ($withPredecessors AND EXISTS { (p) (()-[:SUCCEEDED_BY]->()){1,25} (:Paragraph {ref: $paragraph}) })
})
{{/hitParagraph}}
