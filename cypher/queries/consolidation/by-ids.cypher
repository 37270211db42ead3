UNWIND $ids AS id
MATCH (c:Consolidation {id: id})
RETURN c {.id, .title, .decidedOn, .datePrecision, .kind, .containsNewPractice} AS consolidation
