// A stored ruling as an import record, so an update can be merged into it and written whole.
MATCH (r:Ruling {number: $number})
RETURN r {
  .number, .title, .summary, .decidedOn, .datePrecision, .area, .eli,
  paragraphs: COLLECT { MATCH (r)-[:INTERPRETS]->(p:Paragraph) RETURN p.ref ORDER BY p.ref },
  cites: COLLECT { MATCH (r)-[:CITES]->(cited:Ruling) RETURN cited.number ORDER BY cited.number }
} AS ruling
