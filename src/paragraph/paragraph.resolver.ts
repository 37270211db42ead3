import { Length } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { parseArgument } from '../graphql/reference-input';
import { Law } from '../law/law.type';
import { Ruling } from '../ruling/ruling.type';
import { todayIso } from '../shared/iso-date';
import { parseParagraphRef } from './paragraph-ref';
import { ParagraphRulingsArgs } from './paragraph-rulings.args';
import { ParagraphStep } from './paragraph-succession.type';
import { Paragraph } from './paragraph.type';

@ArgsType()
class ParagraphArgs {
  @Field({
    description: 'A paragraph reference: "SEL § 41", "serviceloven § 41", "barnets lov §86", "SEL § 112 stk. 1".',
  })
  @Length(1, 120)
  ref: string;
}

@Resolver(() => Paragraph)
export class ParagraphResolver {
  @Query(() => Paragraph, { nullable: true, description: 'One law paragraph; null if the graph does not hold it.' })
  async paragraph(
    @Args() { ref }: ParagraphArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Paragraph | null> {
    const canonical = parseArgument('ref', () => parseParagraphRef(ref).canonical);
    await ctx.planner.prefetch('Paragraph', canonical, info);
    const record = await ctx.loaders.paragraphByRef.load(canonical);
    return record && Paragraph.from(record);
  }

  @FieldResolver(() => Law, { nullable: true, description: 'The law the paragraph belongs to.' })
  async law(@Root() paragraph: Paragraph, @Ctx() ctx: Context): Promise<Law | null> {
    const record = await ctx.loaders.lawById.load(paragraph.lawId);
    return record && Law.from(record);
  }

  @FieldResolver(() => [ParagraphStep], {
    description:
      'Earlier numberings of this paragraph, transitively (BL § 86 -> SEL § 41), nearest first; each once, at its nearest depth.',
  })
  async predecessors(@Root() paragraph: Paragraph, @Ctx() ctx: Context): Promise<ParagraphStep[]> {
    return (await ctx.loaders.paragraphSuccession.load(paragraph.ref)).predecessors.map(ParagraphStep.from);
  }

  @FieldResolver(() => [ParagraphStep], {
    description:
      'Later numberings of this paragraph, transitively (SEL § 41 -> BL § 86), nearest first; each once, at its nearest depth.',
  })
  async successors(@Root() paragraph: Paragraph, @Ctx() ctx: Context): Promise<ParagraphStep[]> {
    return (await ctx.loaders.paragraphSuccession.load(paragraph.ref)).successors.map(ParagraphStep.from);
  }

  @FieldResolver(() => [Ruling], {
    description:
      'Rulings made directly under this paragraph that apply on asOf (IN_FORCE or PARTIALLY_REPEALED), newest first. For rulings carried over from earlier numberings, use applicableRulings.',
  })
  async rulings(
    @Root() paragraph: Paragraph,
    @Args() args: ParagraphRulingsArgs,
    @Ctx() ctx: Context,
  ): Promise<Ruling[]> {
    const key = { ref: paragraph.ref, asOf: args.asOf ?? todayIso(), includeRepealed: args.includeRepealed };
    return (await ctx.loaders.paragraphRulings.load(key)).map(Ruling.from);
  }
}
