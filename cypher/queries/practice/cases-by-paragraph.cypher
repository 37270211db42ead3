// Access path: the cases concerning a paragraph and, with includePredecessors, the paragraphs it
// succeeded (SUCCEEDED_BY, transitively; SEL § 41 for BL § 86). DISTINCT: a case concerning two
// paragraphs of the chain counts once. Each aggregation statement of this folder runs on the
// (f, c) rows of the access path chosen for its filter: see src/practice/practice-statement.ts.
UNWIND $filters AS f
MATCH (target:Paragraph {ref: f.paragraph})
MATCH path = (p:Paragraph)-[:SUCCEEDED_BY*0..25]->(target)
WHERE f.includePredecessors OR length(path) = 0
MATCH (p)<-[:CONCERNS]-(c:ComplaintCase)
WITH DISTINCT f, c
WITH f, c
RETURN f.key AS key, c.id AS caseId
