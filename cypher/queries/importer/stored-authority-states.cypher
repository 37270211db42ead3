// What an import compares an authority record with.
MATCH (a:Authority) WHERE a.code IN $keys
RETURN a.code AS key, a {.name, .kind} AS state
