UNWIND $codes AS code
MATCH (a:Authority {code: code})
RETURN a {.code, .name, .kind} AS authority
