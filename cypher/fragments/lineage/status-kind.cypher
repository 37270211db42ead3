// Ruling.status(asOf) when only its `status` is selected (a lineage map's colours, a list's
// column): a subquery body on ruling {{ruling}} that yields one row, `value`, {number, asOf,
// status} with the status of status/kind.cypher, without the repeals, successors and citator
// reasons that lineage/status.cypher adds.
WITH {{ruling}} AS r, {{asOf}} AS asOf
RETURN {number: r.number, asOf: asOf, status: {{> status/kind ruling=r asOf=asOf}}} AS value
