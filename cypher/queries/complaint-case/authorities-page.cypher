// A page of authorities, by name then code, optionally of one kind (MUNICIPALITY, ...), forward
// or backward: {{seek}} and {{orderBy}} from src/graphql/keyset.ts, $cursor = [name, code].
MATCH (a:Authority)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND {{seek}}
RETURN {{> projection/authority node=a}} AS authority
ORDER BY {{orderBy}}
LIMIT $limit
