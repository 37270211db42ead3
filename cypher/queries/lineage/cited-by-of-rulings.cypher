// The rulings that cite each ruling (cypher/fragments/lineage/cited-by.cypher); `i` is its place in $numbers.
UNWIND range(0, size($numbers) - 1) AS i
MATCH (r:Ruling {number: $numbers[i]})
CALL (r) {
  {{> lineage/cited-by ruling=r}}
}
RETURN i, value
