// A page of the audit trail, newest first; within one millisecond by seq (the commit order under
// the editing lock), then id. Forward or backward: {{seek}} and {{orderBy}} are filled in by
// src/graphql/keyset.ts from the order (at, seq, id) DESC, and the seek starts strictly beyond
// the cursor $cursor = [at, seq, id], so paging neither repeats nor skips.
// Each filter is off when its parameter is null; at is an ISO-8601 UTC string, so it orders as text.
MATCH (a:AuditEntry)
WHERE ($subject IS NULL OR a.subject = $subject)
  AND ($operation IS NULL OR a.operation = $operation)
  AND ($key IS NULL OR $key IN a.keys)
  AND ($since IS NULL OR a.at >= $since)
  AND {{seek}}
RETURN a {.id, .seq, .at, .subject, .operation, .keys, .input, .idempotencyKey} AS entry
ORDER BY {{orderBy}}
LIMIT $limit
