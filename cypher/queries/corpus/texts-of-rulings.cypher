// What the official-corpus import stored on a ruling beyond the core fields (Ruling.publishedOn ...).
UNWIND $numbers AS number
MATCH (r:Ruling {number: number})
RETURN number, r.accessionNumber AS accessionNumber, r.publishedOn AS publishedOn, r.keywords AS keywords,
       r.fullText AS fullText, r.sourcesJson AS sourcesJson,
       [(r)-[:CONCERNS_LAW]->(l:Law) | l.id] AS laws
