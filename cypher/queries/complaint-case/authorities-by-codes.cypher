UNWIND $codes AS code
MATCH (a:Authority {code: code})
RETURN {{> projection/authority node=a}} AS authority
