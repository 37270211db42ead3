// The editing lock of src/editing/editing.repository.ts, taken first by an import batch that
// changes lineage or paragraph succession. Neo4j runs read committed, so without it this batch's
// cycle and repeal checks and a concurrent editor's could each pass on a view missing the other's
// write. Counted apart from lock.writes, which numbers the edits for the audit trail.
MERGE (lock:WriteLock {name: 'graph'})
SET lock.importBatches = coalesce(lock.importBatches, 0) + 1
