// One page of the complaint cases that applied each key's ruling
// (cypher/fragments/complaint-case/cases-page.cypher); every key of a batch reads the same way
// and to the batch's largest page, $limit. `i` is the key's place in $keys.
UNWIND range(0, size($keys) - 1) AS i
MATCH (r:Ruling {number: $keys[i].number})
CALL (r, i) {
  {{> complaint-case/cases-page ruling=r cursor=$keys[i].cursor seek={{seek}} orderBy={{orderBy}} limit=$limit}}
}
RETURN i, value
