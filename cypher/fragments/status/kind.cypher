// THE status rule: a ruling's status on a date. Every statement that yields or filters on a
// status includes this fragment (or status/applies, built on it); nothing else spells it out.
// NOT_YET_ISSUED before its decision; REPEALED once a FULL repeal has taken effect;
// PARTIALLY_REPEALED once only PARTIAL ones have; IN_FORCE otherwise. A date known only to its
// month or year is stored as the period's first day (src/importer/batch-rows.ts), so a ruling is
// never called not yet issued inside the month or year it is known by.
CASE
  WHEN {{ruling}}.decidedOn > {{asOf}} THEN 'NOT_YET_ISSUED'
  WHEN {{> status/fully-repealed ruling={{ruling}} asOf={{asOf}}}} THEN 'REPEALED'
  WHEN {{> status/partly-repealed ruling={{ruling}} asOf={{asOf}}}} THEN 'PARTIALLY_REPEALED'
  ELSE 'IN_FORCE'
END
