// What an import compares a ruling record with: its properties and the links a record states.
MATCH (r:Ruling) WHERE r.number IN $keys
RETURN r.number AS key,
       r {.title, .summary, .decidedOn, .datePrecision, .area, .eli,
          .accessionNumber, .publishedOn, .keywords, .fullText, .sourcesJson,
          paragraphs: [(r)-[:INTERPRETS]->(p:Paragraph) | p.ref], cites: [(r)-[:CITES]->(c:Ruling) | c.number],
          laws: [(r)-[:CONCERNS_LAW]->(l:Law) | l.id]} AS state
