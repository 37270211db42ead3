// Floor for applicableRulings: the applicable part of cypher/queries/applicability/applicable-rulings.cypher.
MATCH (target:Paragraph {ref: $ref})
RETURN COLLECT {
  MATCH (via) (()-[step:SUCCEEDED_BY]->() WHERE step.on IS NULL OR step.on <= $asOf){0,25} (target)
  WITH via, min(size(step)) AS depth
  MATCH (r)-[:INTERPRETS]->(via)
  WHERE {{> status/applies ruling=r asOf=$asOf}}
  WITH r, via, depth
  ORDER BY depth, via.lawId, via.sortKey, via.ref
  WITH r, head(collect({via: via, depth: depth})) AS nearest
  ORDER BY r.decidedOn DESC, r.number
  RETURN {
    direct: nearest.depth = 0,
    status: {{> status/of-applying ruling=r asOf=$asOf}},
    ruling: {number: r.number, title: r.title, decidedOn: r.decidedOn},
    via: {ref: nearest.via.ref}
  } AS applicability
} AS applicableRulings
