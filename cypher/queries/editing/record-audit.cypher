// Written by the editing transaction itself, so an entry exists exactly when the change does.
// seq is the editing lock's write counter: edits hold the lock in turn, so seq is their commit order.
CREATE (:AuditEntry {id: $id, seq: toInteger($seq), at: $at, subject: $subject, operation: $operation, keys: $keys, input: $input})
