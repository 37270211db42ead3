// Whole paragraphs (no stk.) of the laws a corpus import brings versions of, as paragraph records:
// a newer version restates them, and ends (validTo) those it no longer contains.
UNWIND $lawIds AS lawId
MATCH (p:Paragraph {lawId: lawId}) WHERE p.subsection IS NULL
RETURN p {.ref, .lawId, .number, .title, .validFrom, .validTo, .label, .chapter, .subsectionsJson, .footnotes, .repealed} AS paragraph
