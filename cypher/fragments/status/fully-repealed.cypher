// Whether {{ruling}} is repealed in full on {{asOf}}: a repeal takes effect on its
// consolidation's decidedOn. Dates are 'YYYY-MM-DD' strings, so comparing strings compares dates.
// The consolidation carries no label: REPEALS implies it, and a label would let the planner
// start from the consolidations' index instead of the ruling at hand.
EXISTS { ({{ruling}})<-[repeal:REPEALS]-(repealing) WHERE repeal.extent = 'FULL' AND repealing.decidedOn <= {{asOf}} }
