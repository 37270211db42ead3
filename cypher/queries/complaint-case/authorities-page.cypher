// A page of authorities, by name then code, optionally of one kind (MUNICIPALITY, ...), forward
// or backward: {{seek}} and {{orderBy}} from src/graphql/keyset.ts, $cursor = [name, code].
MATCH (a:Authority)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND {{seek}}
RETURN a {.code, .name, .kind} AS authority
ORDER BY {{orderBy}}
LIMIT $limit
