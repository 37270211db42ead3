// Only the status kind of each (number, asOf) key's ruling (cypher/fragments/lineage/status-kind.cypher);
// `i` is the key's place in $keys.
UNWIND range(0, size($keys) - 1) AS i
MATCH (r:Ruling {number: $keys[i].number})
CALL (r, i) {
  {{> lineage/status-kind ruling=r asOf=$keys[i].asOf}}
}
RETURN i, value
