// The successors of {{ruling}} on {{asOf}}, the rulings that carry its practice on: walk to newer
// rulings through replacements in effect by asOf, passing only through rulings that were
// themselves fully repealed by then, and stop at the first one still (at least partly) in force.
// First the rulings the walk passes through ({{ruling}} itself and fully repealed ones), as a
// pruning breadth-first expand that visits each once however many routes lead there; then the
// rulings one step on from them that apply. 25 is the lineage depth cap of the API. Labels are
// left off where the relationship type implies them, so the planner expands from the rulings at
// hand instead of scanning an index. A list of ruling nodes, oldest first.
COLLECT {
  MATCH passage = ({{ruling}})<-[:REPLACES*0..25]-(passed)
  WHERE all(step IN relationships(passage) WHERE step.on <= {{asOf}})
    AND all(ruling IN nodes(passage) WHERE ruling = {{ruling}} OR {{> status/fully-repealed ruling=ruling asOf={{asOf}}}})
  WITH DISTINCT passed
  MATCH (passed)<-[step:REPLACES]-(s)
  WHERE step.on <= {{asOf}} AND {{> status/applies ruling=s asOf={{asOf}}}}
  WITH DISTINCT s
  RETURN s
  ORDER BY s.decidedOn, s.number
}
