import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Ruling } from '../ruling/ruling.type';

@Resolver(() => Ruling)
export class RulingCitationsResolver {
  @FieldResolver(() => [Ruling], { description: 'Earlier rulings this one relies on, oldest first.' })
  async cites(@Root() ruling: Ruling, @Ctx() ctx: Context): Promise<Ruling[]> {
    return (await ctx.loaders.citesOfRuling.load(ruling.number)).map(Ruling.from);
  }

  @FieldResolver(() => [Ruling], { description: 'Later rulings that rely on this one, oldest first.' })
  async citedBy(@Root() ruling: Ruling, @Ctx() ctx: Context): Promise<Ruling[]> {
    return (await ctx.loaders.citedByOfRuling.load(ruling.number)).map(Ruling.from);
  }
}
