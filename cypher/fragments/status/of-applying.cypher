// The status of {{ruling}} on {{asOf}} where status/applies is known to hold for it: status/kind
// narrowed to its two applying cases, so a statement that has checked applies does not look for
// a full repeal a second time (test/integration/status-rule.test.ts holds it to status/kind).
CASE WHEN {{> status/partly-repealed ruling={{ruling}} asOf={{asOf}}}} THEN 'PARTIALLY_REPEALED' ELSE 'IN_FORCE' END
