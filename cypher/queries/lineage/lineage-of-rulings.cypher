// The supersession graph around each key's ruling (cypher/fragments/lineage/graph.cypher), for
// many (number, maxDepth) keys in one statement; `i` is the key's place in $keys.
UNWIND range(0, size($keys) - 1) AS i
MATCH (r:Ruling {number: $keys[i].number})
CALL (r, i) {
  {{> lineage/graph ruling=r maxDepth=$keys[i].maxDepth}}
}
RETURN i, value
