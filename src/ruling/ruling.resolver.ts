import { Length } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { parseArgument } from '../graphql/reference-input';
import { Paragraph } from '../paragraph/paragraph.type';
import { parseRulingNumber } from './ruling-number';
import { Ruling } from './ruling.type';

@ArgsType()
class RulingArgs {
  @Field({ description: 'Ruling number in either style: "51-19", "C-16-99" or "SM C-16-99".' })
  @Length(1, 40)
  number: string;
}

@Resolver(() => Ruling)
export class RulingResolver {
  @Query(() => Ruling, { nullable: true, description: 'One principle ruling by its number; null if unknown.' })
  async ruling(
    @Args() { number }: RulingArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Ruling | null> {
    const canonical = parseArgument('number', () => parseRulingNumber(number));
    await ctx.planner.prefetch('Ruling', canonical, info);
    const record = await ctx.loaders.rulingByNumber.load(canonical);
    return record && Ruling.from(record);
  }

  @FieldResolver(() => [Paragraph], { description: 'The law paragraphs the ruling interprets.' })
  async paragraphs(@Root() ruling: Ruling, @Ctx() ctx: Context): Promise<Paragraph[]> {
    return (await ctx.loaders.paragraphsOfRuling.load(ruling.number)).map(Paragraph.from);
  }
}
