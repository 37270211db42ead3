// The rulings each key's ruling replaces, transitively (cypher/fragments/lineage/replaces.cypher),
// for many (number, maxDepth) keys in one statement; `i` is the key's place in $keys.
UNWIND range(0, size($keys) - 1) AS i
MATCH (r:Ruling {number: $keys[i].number})
CALL (r, i) {
  {{> lineage/replaces ruling=r maxDepth=$keys[i].maxDepth}}
}
RETURN i, value
