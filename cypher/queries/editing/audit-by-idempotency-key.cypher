// The earlier write a retried mutation names by its idempotency key; keys are per token subject.
// Read after the editing lock, so an earlier write with the key has committed or never will.
MATCH (a:AuditEntry {subject: $subject, idempotencyKey: $key})
RETURN a.id AS auditId, a.at AS at, a.operation AS operation, a.input AS input, a.result AS result
