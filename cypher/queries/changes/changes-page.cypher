// The changes feed: each change in a ruling's legal status, derived from the facts already
// written (REPEALS and the derived REPLACES of consolidations, SUCCEEDED_BY of paragraphs a
// ruling interprets), with the time the API recorded the write when an AuditEntry names its key
// (else the day it took effect). Newest first, forward or backward: {{seek}} and {{orderBy}} from
// src/graphql/keyset.ts, $cursor = [at, number, kind, detail]; detail tells apart changes of one
// ruling, kind and moment. Nodes reached from a bound one carry no label where the
// relationship type implies it.
CALL () {
  MATCH (c:Consolidation)-[x:REPEALS]->(r:Ruling)
  RETURN r, CASE x.extent WHEN 'FULL' THEN 'REPEALED' ELSE 'PARTIALLY_REPEALED' END AS kind, c.decidedOn AS on,
         c AS consolidation, null AS successor, null AS paragraph, null AS newParagraph, c.id AS key, c.id AS detail
  UNION ALL
  MATCH (s:Ruling)-[x:REPLACES]->(r:Ruling)
  MATCH (c:Consolidation {id: x.consolidation})
  RETURN r, 'NEW_SUCCESSOR' AS kind, x.on AS on, c AS consolidation, s AS successor, null AS paragraph, null AS newParagraph,
         c.id AS key, c.id + '|' + s.number AS detail
  UNION ALL
  MATCH (p:Paragraph)-[x:SUCCEEDED_BY]->(q:Paragraph)
  MATCH (r:Ruling)-[:INTERPRETS]->(p)
  RETURN r, 'PARAGRAPH_RENUMBERED' AS kind, x.on AS on, null AS consolidation, null AS successor, p AS paragraph, q AS newParagraph,
         q.ref AS key, p.ref + '|' + q.ref AS detail
}
WITH r, kind, on, consolidation, successor, paragraph, newParagraph, detail,
     COLLECT { MATCH (a:AuditEntry) WHERE key IN a.keys RETURN a.at ORDER BY a.at LIMIT 1 }[0] AS recordedAt
WITH r, kind, on, consolidation, successor, paragraph, newParagraph, detail, recordedAt, coalesce(recordedAt, on) AS at
WHERE ($since IS NULL OR at >= $since)
  AND ($ruling IS NULL OR r.number = $ruling)
  AND {{seek}}
RETURN at, kind, on, recordedAt, detail,
  {{> projection/ruling node=r}} AS ruling,
  {{> projection/consolidation node=consolidation}} AS consolidation,
  {{> projection/ruling node=successor}} AS successor,
  {{> projection/paragraph node=paragraph}} AS paragraph,
  {{> projection/paragraph node=newParagraph}} AS newParagraph
ORDER BY {{orderBy}}
LIMIT $limit
