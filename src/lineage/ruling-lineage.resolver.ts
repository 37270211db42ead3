import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Ruling } from '../ruling/ruling.type';
import { LineageArgs } from './lineage.args';
import { Lineage, LineageDirection, LineageStep } from './lineage.type';

@Resolver(() => Ruling)
export class RulingLineageResolver {
  @FieldResolver(() => [LineageStep], {
    description: 'The older rulings this one replaces, transitively through consolidations: by depth, then date.',
  })
  async replaces(
    @Root() ruling: Ruling,
    @Args() { maxDepth }: LineageArgs,
    @Ctx() ctx: Context,
  ): Promise<LineageStep[]> {
    return (await ctx.loaders.replacesOfRuling.load({ number: ruling.number, maxDepth })).map(LineageStep.from);
  }

  @FieldResolver(() => [LineageStep], {
    description: 'The newer rulings that replace this one, transitively through consolidations: by depth, then date.',
  })
  async replacedBy(
    @Root() ruling: Ruling,
    @Args() { maxDepth }: LineageArgs,
    @Ctx() ctx: Context,
  ): Promise<LineageStep[]> {
    return (await ctx.loaders.replacedByOfRuling.load({ number: ruling.number, maxDepth })).map(LineageStep.from);
  }

  @FieldResolver(() => Lineage, {
    description: 'The supersession graph around this ruling in both directions, as nodes and edges for drawing.',
  })
  async lineage(@Root() ruling: Ruling, @Args() { maxDepth }: LineageArgs, @Ctx() ctx: Context): Promise<Lineage> {
    const record = await ctx.loaders.lineageOfRuling.load({ number: ruling.number, maxDepth });
    // Null only if the ruling was deleted since it was read in this request: it then stands alone.
    return Lineage.from(record ?? { nodes: [{ ruling, depth: 0, direction: LineageDirection.ROOT }], edges: [] });
  }
}
