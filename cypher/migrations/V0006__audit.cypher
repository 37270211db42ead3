// The audit trail (src/audit/): one AuditEntry per write, keyed by a random id, listed newest
// first and filtered by who and what; and the editing lock node, whose uniqueness lets every
// editing transaction MERGE it without ever creating two.
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at);
CREATE INDEX audit_entry_subject_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.subject, n.at);
CREATE INDEX audit_entry_operation_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.operation, n.at);
CREATE CONSTRAINT write_lock_name IF NOT EXISTS FOR (n:WriteLock) REQUIRE n.name IS UNIQUE;
