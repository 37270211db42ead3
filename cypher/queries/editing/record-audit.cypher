// Written by the editing transaction itself, so an entry exists exactly when the change does.
CREATE (:AuditEntry {id: $id, at: $at, subject: $subject, operation: $operation, keys: $keys, input: $input})
