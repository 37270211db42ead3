// Ruling.complaintCases: a subquery body on ruling {{ruling}} that yields one row, `value`, one
// page of the complaint cases that applied it ({totalCount, cases} as CasesOfRulingPage of
// src/complaint-case/complaint-case.repository.ts reads it): newest decision first, ties by case
// id, forward or backward ({{seek}} and {{orderBy}} from src/graphql/keyset.ts). The seek starts
// strictly beyond {{cursor}}, the cursor's [decidedOn, id] or null, so paging never repeats or skips a case; ORDER BY +
// LIMIT {{limit}} (the page size plus one, to tell whether a next page exists) is a top-k, not a
// sort of every case of a popular ruling. Linked nodes come back as keys only: DataLoaders fetch
// them once per request.
WITH {{ruling}} AS r, {{cursor}} AS cursor
RETURN {
  // Only complaint cases APPLY rulings, so the unlabelled pattern is read from the degree store.
  totalCount: COUNT { (r)<-[:APPLIED]-() },
  cases: COLLECT {
    MATCH (r)<-[:APPLIED]-(c:ComplaintCase)
    WHERE {{seek}}
    WITH c
    ORDER BY {{orderBy}}
    LIMIT {{limit}}
    RETURN {{> projection/complaint-case node=c}}
  }
} AS value
