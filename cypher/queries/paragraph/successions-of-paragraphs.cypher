// Earlier and later numberings of many paragraphs (cypher/fragments/paragraph/succession.cypher);
// `i` is the paragraph's place in $refs.
UNWIND range(0, size($refs) - 1) AS i
MATCH (p:Paragraph {ref: $refs[i]})
CALL (p) {
  {{> paragraph/succession paragraph=p}}
}
RETURN i, value
