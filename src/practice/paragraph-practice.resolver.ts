import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Paragraph } from '../paragraph/paragraph.type';
import { ParagraphPracticeFilter } from './practice-filter.input';
import { normalisePracticeFilter } from './practice-query';
import { PracticeStats } from './practice-stats.type';
import { assertPracticeTargetsExist } from './practice-targets';

// A resolver class of its own on Paragraph: type-graphql merges the field resolvers of every
// class for the same type, so the practice feature adds Paragraph.practice without editing the
// paragraph feature's files.
@Resolver(() => Paragraph)
export class ParagraphPracticeResolver {
  @FieldResolver(() => PracticeStats, {
    description:
      'Complaint-case practice under this paragraph (and by default the paragraphs it succeeded), optionally narrowed further.',
  })
  async practice(
    @Root() paragraph: Paragraph,
    @Arg('filter', () => ParagraphPracticeFilter, {
      nullable: true,
      description:
        'Narrows the cases further (authority, area, decision dates, ...); without it, every case under the paragraph.',
    })
    filter: ParagraphPracticeFilter | null,
    @Ctx() ctx: Context,
  ): Promise<PracticeStats> {
    const query = normalisePracticeFilter(filter, paragraph.ref);
    await assertPracticeTargetsExist(query, ctx, false);
    return PracticeStats.of(query);
  }
}
