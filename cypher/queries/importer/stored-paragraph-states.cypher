// What an import compares a paragraph record with; replaces: the successions into it, with their dates.
MATCH (p:Paragraph) WHERE p.ref IN $keys
RETURN p.ref AS key,
       p {.title, .validFrom, .validTo, .label, .chapter, .subsectionsJson, .footnotes, .repealed,
          replaces: [(old:Paragraph)-[s:SUCCEEDED_BY]->(p) | old.ref + ' on ' + coalesce(s.on, '-')]} AS state
