// Whether a cited ruling {{ruling}} is repealed in whole or in part on {{asOf}}, the reliance a
// legal citator warns of (citesRepealed): status/kind, so the two can never disagree.
({{> status/kind ruling={{ruling}} asOf={{asOf}}}} IN ['REPEALED', 'PARTIALLY_REPEALED'])
