import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../graphql/date-scalar';
import { Paragraph, type ParagraphRecord } from './paragraph.type';

export interface ParagraphStepRecord {
  paragraph: ParagraphRecord;
  depth: number;
  on: string | null;
}

/** Both directions of one paragraph's renumbering history, as one statement returns them. */
export interface ParagraphSuccessionRecord {
  predecessors: ParagraphStepRecord[];
  successors: ParagraphStepRecord[];
}

@ObjectType({ description: 'An earlier or later numbering of a paragraph, reached through SUCCEEDED_BY.' })
export class ParagraphStep {
  @Field(() => Paragraph, { description: 'The paragraph reached by this step.' })
  paragraph: Paragraph;

  @Field(() => Int, { description: 'Renumberings between the two: 1 for a direct predecessor or successor.' })
  depth: number;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'For a predecessor, the day it was succeeded; for a successor, the day it took over. Null if the source gave no date.',
  })
  on: string | null;

  static from(record: ParagraphStepRecord): ParagraphStep {
    return Object.assign(new ParagraphStep(), {
      paragraph: Paragraph.from(record.paragraph),
      depth: record.depth,
      on: record.on ?? null,
    });
  }
}
