// What an import compares a ruling record with: its properties and the links a record states.
MATCH (r:Ruling) WHERE r.number IN $keys
RETURN r.number AS key,
       r {.title, .summary, .decidedOn, .datePrecision, .area, .eli,
          paragraphs: [(r)-[:INTERPRETS]->(p:Paragraph) | p.ref], cites: [(r)-[:CITES]->(c:Ruling) | c.number]} AS state
