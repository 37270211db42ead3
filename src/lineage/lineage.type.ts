import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Consolidation, RepealExtent, type ConsolidationRecord } from '../consolidation/consolidation.type';
import { DateScalar } from '../graphql/date-scalar';
import { Ruling, type RulingRecord } from '../ruling/ruling.type';

/** One ruling reached through REPLACES, with the step that reached it on a shortest path. */
export interface LineageStepRecord {
  ruling: RulingRecord;
  depth: number;
  consolidation: ConsolidationRecord;
  extent: RepealExtent;
  on: string;
}

/**
 * A step as a query planner's statement may yield it: without its consolidation and extent
 * where its operation asks for neither (src/graphql/planner/narrowing.ts).
 */
export type NarrowedLineageStepRecord = Omit<LineageStepRecord, 'consolidation' | 'extent'> &
  Partial<Pick<LineageStepRecord, 'consolidation' | 'extent'>>;

export enum LineageDirection {
  ROOT = 'ROOT',
  PREDECESSOR = 'PREDECESSOR',
  SUCCESSOR = 'SUCCESSOR',
}
registerEnumType(LineageDirection, {
  name: 'LineageDirection',
  description: 'Where a ruling sits in a lineage relative to the ruling asked about.',
  valuesConfig: {
    ROOT: { description: 'The ruling asked about.' },
    PREDECESSOR: { description: 'An older ruling it replaces, directly or transitively.' },
    SUCCESSOR: { description: 'A newer ruling that replaces it, directly or transitively.' },
  },
});

export interface LineageNodeRecord {
  ruling: RulingRecord;
  depth: number;
  direction: LineageDirection;
}

export interface LineageEdgeRecord {
  from: string;
  to: string;
  consolidation: ConsolidationRecord;
  extent: RepealExtent;
  on: string;
}

export interface LineageRecord {
  nodes: LineageNodeRecord[];
  edges: LineageEdgeRecord[];
}

@ObjectType({ description: 'A ruling reached by following replacements, and the step that reached it.' })
export class LineageStep {
  @Field(() => Ruling, { description: 'The ruling reached.' })
  ruling: Ruling;

  @Field(() => Int, { description: 'Replacements between the two rulings on the shortest chain: 1 for a direct one.' })
  depth: number;

  @Field(() => Consolidation, {
    description: 'The consolidation of the last step of that chain, the one that reached this ruling.',
  })
  consolidation: Consolidation;

  @Field(() => RepealExtent, { description: 'Whether that step repealed the older ruling fully or partly.' })
  extent: RepealExtent;

  @Field(() => DateScalar, { description: 'The day that step took effect.' })
  on: string;

  static from(record: NarrowedLineageStepRecord): LineageStep {
    return Object.assign(new LineageStep(), {
      ruling: Ruling.from(record.ruling),
      depth: record.depth,
      consolidation: record.consolidation && Consolidation.from(record.consolidation),
      extent: record.extent,
      on: record.on,
    });
  }
}

@ObjectType({ description: 'A ruling in a lineage graph.' })
export class LineageNode {
  @Field({ description: 'The ruling number, which edges refer to in from and to.' })
  number: string;

  @Field(() => Ruling, { description: 'The ruling this node stands for.' })
  ruling: Ruling;

  @Field(() => Int, { description: 'Replacements between it and the root on the shortest chain; 0 for the root.' })
  depth: number;

  @Field(() => LineageDirection, {
    description: 'Whether the ruling is the root, a predecessor (replaced by it) or a successor (replacing it).',
  })
  direction: LineageDirection;
}

@ObjectType({ description: 'One replacement: the ruling `from` replaces the ruling `to`.' })
export class LineageEdge {
  @Field({ description: 'Number of the newer ruling, the one issued by the consolidation.' })
  from: string;

  @Field({ description: 'Number of the older ruling, the one repealed.' })
  to: string;

  @Field({ description: 'Id of the consolidation, as Consolidation.consolidationId.' })
  consolidationId: string;

  @Field(() => Consolidation, { description: 'The consolidation that made the replacement.' })
  consolidation: Consolidation;

  @Field(() => RepealExtent, { description: 'Whether the older ruling was repealed fully or partly.' })
  extent: RepealExtent;

  @Field(() => DateScalar, { description: 'The day the replacement took effect.' })
  on: string;
}

@ObjectType({
  description: 'The supersession graph around a ruling, ready to draw: rulings as nodes, replacements as edges.',
})
export class Lineage {
  @Field(() => [LineageNode], {
    description: 'The root first, then predecessors and successors by depth, date and number.',
  })
  nodes: LineageNode[];

  @Field(() => [LineageEdge], { description: 'Every replacement between two of the nodes, by date.' })
  edges: LineageEdge[];

  static from(record: LineageRecord): Lineage {
    return Object.assign(new Lineage(), {
      nodes: record.nodes.map((node) =>
        Object.assign(new LineageNode(), {
          number: node.ruling.number,
          ruling: Ruling.from(node.ruling),
          depth: node.depth,
          direction: node.direction,
        }),
      ),
      edges: record.edges.map((edge) =>
        Object.assign(new LineageEdge(), {
          from: edge.from,
          to: edge.to,
          consolidationId: edge.consolidation.id,
          consolidation: Consolidation.from(edge.consolidation),
          extent: edge.extent,
          on: edge.on,
        }),
      ),
    });
  }
}
