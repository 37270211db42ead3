// Ruling.status(asOf): a subquery body on ruling {{ruling}} that yields exactly one row, `value`,
// the RulingStatusRecord of src/lineage/ruling-status.type.ts, for a batch of keys in
// cypher/queries/lineage/status-of-rulings.cypher.
// The status itself is cypher/fragments/status/kind.cypher; this adds what explains it.
// Its costliest parts are optional sections: a statement of the query planner keeps only
// those its query asks for (src/graphql/planner/narrowing.ts), and where only the citator flag
// needs the changed paragraphs or the cited repealed rulings, it asks only whether there are
// any; a statement read from a file keeps the whole lists.
WITH {{ruling}} AS r, {{asOf}} AS asOf
{{#statusRepeals}}
// The repeals in effect, for repealedOn, repealedBy, repeals and the reasons; the status itself
// and the flag do not need them.
WITH r, asOf, COLLECT {
  MATCH (r)<-[x:REPEALS]-(c)
  WHERE c.decidedOn <= asOf
  RETURN {consolidation: {{> projection/consolidation node=c}}, extent: x.extent, on: c.decidedOn} AS repeal
  ORDER BY c.decidedOn, c.id
} AS repeals
{{/statusRepeals}}
WITH r, asOf, {{> status/kind ruling=r asOf=asOf}} AS status{{#statusRepeals}}, repeals,
     // The earliest repeal in effect that decides the status: a full one, else a partial one.
     head([repeal IN repeals WHERE repeal.extent = 'FULL'] + [repeal IN repeals WHERE repeal.extent = 'PARTIAL']) AS deciding{{/statusRepeals}}
RETURN {
  status: status
  {{#statusKey}}
  // The key of the record, which a batch read from a file returns with it; the planner knows
  // the number and the date it asked (src/graphql/planner/ruling-fields.ts).
  , number: r.number, asOf: asOf
  {{/statusKey}}
  {{#statusDates}}
  // The ruling's own date and its precision, for dateApproximate.
  , decidedOn: r.decidedOn, datePrecision: r.datePrecision
  {{/statusDates}}
  {{#statusRepeals}}
  , repealedOn: CASE WHEN status = 'NOT_YET_ISSUED' THEN null ELSE deciding.on END
  , repealedBy: CASE WHEN status = 'NOT_YET_ISSUED' THEN null ELSE deciding.consolidation END
  , repeals: repeals
  {{/statusRepeals}}
  {{#statusSuccessors}}
  // The rulings that carry its practice on (status/successors).
  , successors: [s IN {{> status/successors ruling=r asOf=asOf}} | {{> projection/ruling node=s}}]
  {{/statusSuccessors}}
  {{#statusChangedParagraphs}}
  // lawChanged: a paragraph the ruling interprets has expired or been succeeded by asOf.
  , changedParagraphs: COLLECT {
    MATCH (r)-[:INTERPRETS]->(p:Paragraph)
    WHERE {{> status/paragraph-changed paragraph=p asOf=asOf}}
    RETURN {{> projection/paragraph node=p}} AS paragraph
    ORDER BY p.lawId, p.sortKey, p.ref
  }
  {{/statusChangedParagraphs}}
  {{^statusChangedParagraphs}}
  {{#statusLawChanged}}
  // Only whether, where the flag or lawChanged is asked but not the paragraphs: EXISTS stops at
  // the first changed one, and nothing is projected or sorted.
  , lawChanged: EXISTS {
    MATCH (r)-[:INTERPRETS]->(p:Paragraph)
    WHERE {{> status/paragraph-changed paragraph=p asOf=asOf}}
  }
  {{/statusLawChanged}}
  {{/statusChangedParagraphs}}
  {{#statusCitesRepealed}}
  // A citator warns of reliance on a ruling repealed in whole or in part.
  , citesRepealed: COLLECT {
    MATCH (r)-[:CITES]->(cited:Ruling)
    WHERE {{> status/cited-repealed ruling=cited asOf=asOf}}
    // Ordered by the node, not by the record: a narrowed record may lack the date.
    RETURN {{> projection/ruling node=cited}} AS ruling
    ORDER BY cited.decidedOn, cited.number
  }
  {{/statusCitesRepealed}}
  {{^statusCitesRepealed}}
  {{#statusCitesAnyRepealed}}
  // Only whether, for the flag: EXISTS stops at the first cited ruling that is repealed.
  , citesAnyRepealed: EXISTS {
    MATCH (r)-[:CITES]->(cited:Ruling)
    WHERE {{> status/cited-repealed ruling=cited asOf=asOf}}
  }
  {{/statusCitesAnyRepealed}}
  {{/statusCitesRepealed}}
} AS value
