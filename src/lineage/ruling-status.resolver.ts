import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { NotFoundError } from '../errors';
import { Ruling } from '../ruling/ruling.type';
import { todayIso } from '../shared/iso-date';
import { RulingStatusArgs } from './ruling-status.args';
import { RulingStatus } from './ruling-status.type';

@Resolver(() => Ruling)
export class RulingStatusResolver {
  @FieldResolver(() => RulingStatus, {
    description:
      'Whether the ruling is good law on asOf (default today, UTC), with its repeal, successors and warnings.',
  })
  async status(@Root() ruling: Ruling, @Args() { asOf }: RulingStatusArgs, @Ctx() ctx: Context): Promise<RulingStatus> {
    const record = await ctx.loaders.rulingStatus.load({ number: ruling.number, asOf: asOf ?? todayIso() });
    if (!record) throw new NotFoundError(`Ruling ${ruling.number} is no longer in the graph.`);
    return RulingStatus.from(record);
  }
}
