// The practice cells of one filter, read by the lines before this (a cell statement up to its
// join line, which binds cell and size), summed over what no aggregation after the join line
// reads: one entry per authority, year and outcome, the area (filtered on before the join
// line) summed away. Several aggregations of one filter then share one read of the cells
// (src/graphql/planner/practice-fields.ts): each starts from `{{cells}}`, a list of flat
// {authority, year, outcome, size} maps that answer cell.authority, cell.year and
// cell.outcome as a cell node does (flat, not nested under a key: one map access less per
// entry and aggregation, about 1 ms of a law's practice statement). The national family holds a
// cell per authority x year x area x outcome; summed, the list is a fraction of that, small
// enough for concurrent national queries to hold.
WITH cell.authority AS authority, cell.year AS year, cell.outcome AS outcome, sum(size) AS size
RETURN collect({authority: authority, year: year, outcome: outcome, size: size}) AS {{cells}}
