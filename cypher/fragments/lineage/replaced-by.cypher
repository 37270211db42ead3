// Ruling.replacedBy(maxDepth): a subquery body on ruling {{ruling}} that yields one row, `value`,
// the newer rulings that replace it, transitively (lineage/steps.cypher walked towards newer rulings).
{{> lineage/steps ruling={{ruling}} maxDepth={{maxDepth}} walk=<-[:REPLACES*1..25]- lastStep=-[step:REPLACES]->}}
