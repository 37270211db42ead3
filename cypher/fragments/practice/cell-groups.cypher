// The practice cells of one filter, read by the lines before this (a cell statement up to its
// join line, which binds cell and size), as one list that several aggregations of the filter
// share (src/graphql/planner/practice-fields.ts): each starts from `{{cells}}`, a list of flat
// {authority, year, outcome, size} maps that answer cell.authority, cell.year and cell.outcome
// as a cell node does (flat, not nested under a key: one map access less per entry and
// aggregation, about 1 ms of a law's practice statement).
{{#cellsSummed}}
// The national family holds a cell per authority x year x area x outcome, four times as many
// as there are authority x year x outcome groups (22,558 against 5,271 in the bench's data);
// held whole, 16 concurrent national matrix queries went past Neo4j's transaction memory
// (QUERY_TOO_LARGE). So its cells are summed over what no aggregation after the join
// line reads, the area (filtered on before it).
WITH cell.authority AS authority, cell.year AS year, cell.outcome AS outcome, sum(size) AS size
RETURN collect({authority: authority, year: year, outcome: outcome, size: size}) AS {{cells}}
{{/cellsSummed}}
{{^cellsSummed}}
// A law has few areas, so its cells are not many more than its groups (5,240 against 4,273
// for the bench's busiest law): summing them cost its practice statement 1.5 ms (medians of 60
// alternated runs, 29.3 ms against 27.8) for a list a fifth shorter.
RETURN collect({authority: cell.authority, year: cell.year, outcome: cell.outcome, size: size}) AS {{cells}}
{{/cellsSummed}}
