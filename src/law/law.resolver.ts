import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { fromGlobalId } from '../node/global-id';
import { resolveLawId } from '../paragraph/law-aliases';
import { Paragraph } from '../paragraph/paragraph.type';
import { Law } from './law.type';

/** Laws for drop-downs and a law's paragraphs: lookups a front end builds its forms from. */
@Resolver(() => Law)
export class LawResolver {
  @Query(() => [Law], { description: 'Every law the graph holds, by code.' })
  async laws(@Ctx() ctx: Context): Promise<Law[]> {
    return (await ctx.repositories.laws.all()).map(Law.from);
  }

  @Query(() => Law, {
    nullable: true,
    description:
      'One law by its code ("SEL"), a name ("serviceloven", "barnets lov") or its global id; null if unknown.',
  })
  async law(
    @Arg('id', { description: 'A law code, name or Law.id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Law | null> {
    const global = fromGlobalId(id.trim());
    const code = global?.type === 'Law' ? global.key : (resolveLawId(id) ?? id.trim());
    const record = await ctx.loaders.lawById.load(code);
    return record && Law.from(record);
  }

  @FieldResolver(() => [Paragraph], {
    description: "The law's paragraphs in paragraph order (§ 5 before § 5a before § 41), past numberings included.",
  })
  async paragraphs(@Root() law: Law, @Ctx() ctx: Context): Promise<Paragraph[]> {
    return (await ctx.loaders.paragraphsOfLaw.load(law.code)).map(Paragraph.from);
  }
}
