// One page of the cases behind a practice figure (PracticeStats.cases): newest decision first,
// ties by case id, as Ruling.complaintCases pages; with f.outcomes only the cases whose registered
// outcome is one of them. Composed after the filter's access path (and checks) like the
// aggregations (see totals.cypher); run for one filter at a time, so LIMIT is that page's own and
// the ORDER BY + LIMIT is a top-k, not a sort of every case. {{seek}} and {{orderBy}} come from
// src/graphql/keyset.ts: forward or backward, strictly beyond the cursor f.cursor [decidedOn, id]. The record is the shape the ComplaintCase type reads (as
// complaint-case/cases-applying-rulings.cypher returns it): keys only, and no personal data,
// since a case holds none (src/shared/personal-data.ts keeps CPR-like text out on import).
UNWIND $filters AS f
MATCH (c:ComplaintCase)
WITH f, c
WITH f, c
WHERE (f.outcomes IS NULL OR c.outcome IN f.outcomes)
  AND {{seek}}
WITH f.key AS key, c
ORDER BY {{orderBy}}
LIMIT $limit
RETURN key, {{> projection/complaint-case node=c}} AS record
