// One step of a lineage as LineageStepRecord (src/lineage/lineage.type.ts) reads it; without
// the section stepDetails, its ruling, depth and day only (cypher/fragments/lineage/steps.cypher).
{ruling: {{> projection/ruling node={{reached}}}}, depth: {{depth}}, on: {{on}}{{#stepDetails}}, consolidation: {{> projection/consolidation node={{consolidation}}}}, extent: {{step}}.extent{{/stepDetails}}}
