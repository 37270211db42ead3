// An authority as the API's AuthorityRecord (src/complaint-case/authority.type.ts) reads it.
{{node}} {.code, .name, .kind}
