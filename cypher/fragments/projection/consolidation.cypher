// A consolidation as the API's ConsolidationRecord (src/consolidation/consolidation.type.ts) reads it.
{{node}} {.id, .title, .decidedOn, .datePrecision, .kind, .containsNewPractice}
