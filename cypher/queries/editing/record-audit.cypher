// Written by the editing transaction itself, so an entry exists exactly when the change does.
// seq is the editing lock's write counter: edits hold the lock in turn, so seq is their commit order.
// idempotencyKey and result (what was written, as JSON) are set only for a mutation given a key,
// so a retry with the key can answer from this entry (src/editing/idempotency.ts).
CREATE (:AuditEntry {id: $id, seq: toInteger($seq), at: $at, subject: $subject, operation: $operation, keys: $keys, input: $input,
                     idempotencyKey: $idempotencyKey, result: $result})
