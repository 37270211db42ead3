// Whether {{ruling}} is good law on {{asOf}}, wholly or in part: issued and not repealed in full.
// The same test as status/kind's first two cases, so the two can never disagree.
({{ruling}}.decidedOn <= {{asOf}} AND NOT {{> status/fully-repealed ruling={{ruling}} asOf={{asOf}}}})
