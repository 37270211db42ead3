// One step of a lineage as LineageStepRecord (src/lineage/lineage.type.ts) reads it.
{ruling: {{> projection/ruling node={{reached}}}}, depth: {{depth}}, consolidation: {{> projection/consolidation node={{consolidation}}}}, extent: {{step}}.extent, on: {{step}}.on}
