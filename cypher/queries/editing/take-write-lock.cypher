// The editing lock: every API write takes it first and holds it until commit, so the checks that
// follow see every earlier edit committed and no later one started (see src/editing/editing.repository.ts).
// MERGE on a uniquely constrained key (V0006) cannot create the node twice; SET takes the node's
// exclusive lock even when it already exists.
MERGE (lock:WriteLock {name: 'graph'})
SET lock.writes = coalesce(lock.writes, 0) + 1
RETURN lock.writes AS writes
