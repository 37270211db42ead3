// What an import compares a law record with to say whether writing it changes anything.
MATCH (l:Law) WHERE l.id IN $keys
RETURN l.id AS key, l {.title, .shortTitle, .eli} AS state
