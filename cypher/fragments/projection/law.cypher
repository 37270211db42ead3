// A law as the API's LawRecord (src/law/law.type.ts) reads it.
{{node}} {.id, .title, .shortTitle, .eli}
