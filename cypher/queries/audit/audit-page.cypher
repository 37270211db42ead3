// A page of the audit trail, newest first; within one millisecond by seq (the commit order under
// the editing lock), then id. The keyset
// condition starts strictly after the cursor's (at, id), so paging neither repeats nor skips.
// Each filter is off when its parameter is null; at is an ISO-8601 UTC string, so it orders as text.
MATCH (a:AuditEntry)
WHERE ($subject IS NULL OR a.subject = $subject)
  AND ($operation IS NULL OR a.operation = $operation)
  AND ($key IS NULL OR $key IN a.keys)
  AND ($since IS NULL OR a.at >= $since)
  AND ($afterAt IS NULL OR a.at < $afterAt
       OR (a.at = $afterAt AND (a.seq < $afterSeq OR (a.seq = $afterSeq AND a.id < $afterId))))
RETURN a {.id, .seq, .at, .subject, .operation, .keys, .input} AS entry
ORDER BY a.at DESC, a.seq DESC, a.id DESC
LIMIT $limit
