// What an import compares a complaint-case record with: its properties, the links a record
// states, and the practice cells that count it (derived, but rewritten with the case).
MATCH (c:ComplaintCase) WHERE c.id IN $keys
RETURN c.id AS key,
       c {.receivedOn, .decidedOn, .outcome, .outcomes, .area,
          against: [(c)-[:AGAINST]->(a:Authority) | a.code],
          paragraphs: [(c)-[:CONCERNS]->(p:Paragraph) | p.ref],
          applied: [(c)-[:APPLIED]->(r:Ruling) | r.number],
          reasons: [(c)-[:REVERSED_FOR]->(reason:ReversalReason) | reason.code],
          cells: [(c)-[:COUNTED_IN]->(cell:PracticeCell) | cell.key]} AS state
