import { Field, Int, ObjectType } from 'type-graphql';
import { Applicability, type ApplicabilityRecord } from '../applicability/applicability.type';
import { DateScalar } from '../graphql/date-scalar';
import type { LawRecord } from '../law/law.type';
import { Paragraph, type ParagraphRecord } from '../paragraph/paragraph.type';
import { Ruling, type RulingRecord } from '../ruling/ruling.type';

/** One paragraph of the overview, with the rulings and paragraphs it refers to resolved. */
export interface ParagraphOverviewRecord {
  paragraph: ParagraphRecord;
  inForce: boolean;
  rulingsInForce: number;
  rulingsPartiallyRepealed: number;
  rulingsRepealed: number;
  latestRuling: RulingRecord | null;
  carriedOver: ApplicabilityRecord[];
}

export interface LawOverviewRecord {
  law: LawRecord;
  paragraphs: ParagraphOverviewRecord[];
}

@ObjectType({
  description:
    'One paragraph of a law with the principle rulings behind it on a date: the overview by paragraph that the 2017 evaluation of practice coordination asked for.',
})
export class ParagraphOverview {
  @Field(() => Paragraph, { description: 'The paragraph of the law.' })
  paragraph: Paragraph;

  @Field(() => DateScalar, { description: 'The date the overview holds for.' })
  asOf: string;

  @Field({ description: 'Whether the paragraph itself was in force on asOf (validFrom <= asOf <= validTo).' })
  inForce: boolean;

  @Field(() => Int, {
    description: 'Rulings made under this paragraph that apply on asOf: IN_FORCE or PARTIALLY_REPEALED.',
  })
  rulingsInForce: number;

  @Field(() => Int, { description: 'Of rulingsInForce, those PARTIALLY_REPEALED on asOf.' })
  rulingsPartiallyRepealed: number;

  @Field(() => Int, { description: 'Rulings made under this paragraph that were REPEALED by asOf.' })
  rulingsRepealed: number;

  @Field(() => Ruling, {
    nullable: true,
    description: 'The newest ruling made under this paragraph that applies on asOf; null if none.',
  })
  latestRuling: Ruling | null;

  @Field(() => [Applicability], {
    description:
      'Rulings that apply on asOf because they were made under an earlier numbering of this paragraph (direct is always false; via names that numbering). Newest first.',
  })
  carriedOver: Applicability[];

  static from(record: ParagraphOverviewRecord, asOf: string): ParagraphOverview {
    return Object.assign(new ParagraphOverview(), {
      paragraph: Paragraph.from(record.paragraph),
      asOf,
      inForce: record.inForce,
      rulingsInForce: record.rulingsInForce,
      rulingsPartiallyRepealed: record.rulingsPartiallyRepealed,
      rulingsRepealed: record.rulingsRepealed,
      latestRuling: record.latestRuling && Ruling.from(record.latestRuling),
      carriedOver: record.carriedOver.map((row) => Applicability.from(row, asOf)),
    });
  }
}
