// The rulings made directly under each key's paragraph that apply on the key's date
// (cypher/fragments/paragraph/rulings.cypher); `i` is the key's place in $keys.
UNWIND range(0, size($keys) - 1) AS i
MATCH (p:Paragraph {ref: $keys[i].ref})
CALL (p, i) {
  {{> paragraph/rulings paragraph=p asOf=$keys[i].asOf includeRepealed=$keys[i].includeRepealed}}
}
RETURN i, value
