// The paragraphs each ruling interprets (cypher/fragments/ruling/paragraphs.cypher); `i` is its place in $numbers.
UNWIND range(0, size($numbers) - 1) AS i
MATCH (r:Ruling {number: $numbers[i]})
CALL (r) {
  {{> ruling/paragraphs ruling=r}}
}
RETURN i, value
