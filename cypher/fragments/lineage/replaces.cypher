// Ruling.replaces(maxDepth): a subquery body on ruling {{ruling}} that yields one row, `value`,
// the older rulings it replaces, transitively (lineage/steps.cypher walked towards older rulings).
{{> lineage/steps ruling={{ruling}} maxDepth={{maxDepth}} walk=-[:REPLACES*1..25]-> lastStep=<-[step:REPLACES]-}}
