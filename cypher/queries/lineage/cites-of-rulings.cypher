// The rulings each ruling cites (cypher/fragments/lineage/cites.cypher); `i` is its place in $numbers.
UNWIND range(0, size($numbers) - 1) AS i
MATCH (r:Ruling {number: $numbers[i]})
CALL (r) {
  {{> lineage/cites ruling=r}}
}
RETURN i, value
