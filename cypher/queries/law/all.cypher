// Every law, by code: the list a front end fills a law drop-down from.
MATCH (l:Law)
RETURN l {.id, .title, .shortTitle, .eli} AS law
ORDER BY l.id
