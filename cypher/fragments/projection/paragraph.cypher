// A paragraph as the API's ParagraphRecord (src/paragraph/paragraph.type.ts) reads it.
{{node}} {.ref, .lawId, .number, .subsection, .title, .validFrom, .validTo}
