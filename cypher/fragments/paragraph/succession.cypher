// Paragraph.predecessors and .successors: a subquery body on paragraph {{paragraph}} that yields
// one row, `value`, its earlier and later numberings, transitively through SUCCEEDED_BY, each
// once at its nearest depth (ParagraphSuccessionRecord of src/paragraph/paragraph-succession.type.ts).
// `on` is the date of the step touching that paragraph: for a predecessor the day it was
// succeeded, for a successor the day it took over. 25 steps is far beyond any real renumbering
// history and bounds the walk.
// The lists are named in a WITH before they go into the map: as map values, Neo4j 5.26 takes the
// aggregation inside them for one that groups by p and refuses the statement.
WITH {{paragraph}} AS p
WITH p,
  COLLECT {
    MATCH (other:Paragraph) (()-[step:SUCCEEDED_BY]->()){1,25} (p)
    WITH other, step ORDER BY size(step)
    WITH other, head(collect({depth: size(step), on: step[0].on})) AS nearest
    RETURN {
      paragraph: {{> projection/paragraph node=other}},
      depth: nearest.depth,
      on: nearest.on
    } AS predecessor
    ORDER BY nearest.depth, other.lawId, other.sortKey, other.ref
  } AS predecessors,
  COLLECT {
    MATCH (p) (()-[step:SUCCEEDED_BY]->()){1,25} (other:Paragraph)
    WITH other, step ORDER BY size(step)
    WITH other, head(collect({depth: size(step), on: step[size(step) - 1].on})) AS nearest
    RETURN {
      paragraph: {{> projection/paragraph node=other}},
      depth: nearest.depth,
      on: nearest.on
    } AS successor
    ORDER BY nearest.depth, other.lawId, other.sortKey, other.ref
  } AS successors
RETURN {predecessors: predecessors, successors: successors} AS value
