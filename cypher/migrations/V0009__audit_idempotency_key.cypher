// Idempotency keys of editing mutations (src/editing/idempotency.ts): a key names one write per
// token subject, so a client's retry finds the earlier write instead of writing again. The
// constraint serves that lookup and makes a second entry with the same subject and key impossible
// even if the editing lock were ever bypassed; entries without a key are not constrained.
CREATE CONSTRAINT audit_entry_idempotency_key IF NOT EXISTS FOR (n:AuditEntry) REQUIRE (n.subject, n.idempotencyKey) IS UNIQUE;
