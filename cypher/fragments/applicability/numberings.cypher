// THE renumbering rule: the paragraphs {{via}} whose rulings apply to {{paragraph}} on {{asOf}},
// each with its distance {{depth}}: every earlier numbering that {{paragraph}} succeeded,
// transitively, through successions that had taken effect by {{asOf}} (a succession without a
// date counts from the start), and with least=0 {{paragraph}} itself at depth 0.
// min(size(step)) per paragraph is planned as a pruning breadth-first expand, so the cost grows
// with the paragraphs reached, not with the routes between them. 25 is the API's depth cap.
MATCH ({{via}}) (()-[step:SUCCEEDED_BY]->() WHERE step.on IS NULL OR step.on <= {{asOf}}){{{least}},25} ({{paragraph}})
WITH {{via}}, min(size(step)) AS {{depth}}
