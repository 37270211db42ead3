// A ruling as the API's RulingRecord (src/ruling/ruling.type.ts) reads it.
{{node}} {.number, .title, .summary, .decidedOn, .datePrecision, .area, .eli}
