import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Paragraph } from '../paragraph/paragraph.type';
import { Subsection } from './corpus.type';

/** Paragraph fields read from the law's text by the official-corpus import; empty for other paragraphs. */
@Resolver(() => Paragraph)
export class ParagraphTextResolver {
  @FieldResolver(() => [Subsection], {
    description: 'The subsections (stk.) with their text, from the newest imported version of the law.',
  })
  async subsections(@Root() paragraph: Paragraph, @Ctx() ctx: Context): Promise<Subsection[]> {
    return (await ctx.loaders.paragraphTexts.load(paragraph.ref)).subsections.map((stk) =>
      Object.assign(new Subsection(), stk),
    );
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The chapter it stands in, e.g. "Kapitel 2 Merudgifter og tabt arbejdsfortjeneste".',
  })
  async chapter(@Root() paragraph: Paragraph, @Ctx() ctx: Context): Promise<string | null> {
    return (await ctx.loaders.paragraphTexts.load(paragraph.ref)).chapter;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The paragraph as the law labels it, e.g. "§ 1 a".' })
  async label(@Root() paragraph: Paragraph, @Ctx() ctx: Context): Promise<string | null> {
    return (await ctx.loaders.paragraphTexts.load(paragraph.ref)).label;
  }

  @FieldResolver(() => [String], {
    description: 'Footnotes of the paragraph, e.g. "1) Paragraffen er indsat ved ...".',
  })
  async footnotes(@Root() paragraph: Paragraph, @Ctx() ctx: Context): Promise<string[]> {
    return (await ctx.loaders.paragraphTexts.load(paragraph.ref)).footnotes;
  }

  @FieldResolver(() => Boolean, { description: 'True where the law text marks the paragraph repealed ("(Ophævet)").' })
  async repealed(@Root() paragraph: Paragraph, @Ctx() ctx: Context): Promise<boolean> {
    return (await ctx.loaders.paragraphTexts.load(paragraph.ref)).repealed;
  }
}
