// Whether a repeal of part of {{ruling}} has taken effect by {{asOf}} (see status/fully-repealed).
EXISTS { ({{ruling}})<-[repeal:REPEALS]-(repealing) WHERE repeal.extent = 'PARTIAL' AND repealing.decidedOn <= {{asOf}} }
