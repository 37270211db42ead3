// A ruling's status on a date (cypher/fragments/lineage/status.cypher; the status rule itself is
// cypher/fragments/status/kind.cypher), for many (number, asOf) keys in one statement; `i` is
// the key's place in $keys.
UNWIND range(0, size($keys) - 1) AS i
MATCH (r:Ruling {number: $keys[i].number})
CALL (r, i) {
  {{> lineage/status ruling=r asOf=$keys[i].asOf}}
}
RETURN i, value
