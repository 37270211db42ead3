import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Repeal } from '../lineage/ruling-status.type';
import { Ruling } from '../ruling/ruling.type';
import { Consolidation } from './consolidation.type';

@Resolver(() => Ruling)
export class RulingConsolidationResolver {
  @FieldResolver(() => Consolidation, {
    nullable: true,
    description: 'The consolidation that issued this ruling, if one did.',
  })
  async issuedBy(@Root() ruling: Ruling, @Ctx() ctx: Context): Promise<Consolidation | null> {
    const record = await ctx.loaders.issuerOfRuling.load(ruling.number);
    return record && Consolidation.from(record);
  }

  @FieldResolver(() => [Repeal], {
    description:
      'Every repeal of this ruling, whatever its date, oldest first. For the repeals in effect on a date use status(asOf).',
  })
  async repealedBy(@Root() ruling: Ruling, @Ctx() ctx: Context): Promise<Repeal[]> {
    return (await ctx.loaders.repealsOfRuling.load(ruling.number)).map(Repeal.from);
  }
}
