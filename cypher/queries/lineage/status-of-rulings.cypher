// A ruling's status on a date, for many (number, asOf) keys in one statement: the record is
// cypher/fragments/lineage/status.cypher, the status rule itself cypher/fragments/status/kind.cypher.
UNWIND $keys AS key
MATCH (r:Ruling {number: key.number})
CALL (r, key) {
  {{> lineage/status ruling=r asOf=key.asOf}}
}
RETURN value
