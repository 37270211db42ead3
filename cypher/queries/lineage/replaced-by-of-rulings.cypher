// The rulings that replace each key's ruling, transitively (cypher/fragments/lineage/replaced-by.cypher),
// for many (number, maxDepth) keys in one statement; `i` is the key's place in $keys.
UNWIND range(0, size($keys) - 1) AS i
MATCH (r:Ruling {number: $keys[i].number})
CALL (r, i) {
  {{> lineage/replaced-by ruling=r maxDepth=$keys[i].maxDepth}}
}
RETURN i, value
