import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { asksKindOnly } from './status-selection';
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
  async status(
    @Root() ruling: Ruling,
    @Args() { asOf }: RulingStatusArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RulingStatus> {
    const key = { number: ruling.number, asOf: asOf ?? todayIso() };
    const missing = () => new NotFoundError(`Ruling ${ruling.number} is no longer in the graph.`);
    // `status { status }` alone (a lineage map's colours, a list's column) needs the kind only,
    // not the repeals, successors and citator reasons of the whole record.
    if (asksKindOnly(info)) {
      const kind = await ctx.loaders.rulingStatusKind.load(key);
      if (!kind) throw missing();
      return RulingStatus.ofKind(kind);
    }
    const record = await ctx.loaders.rulingStatus.load(key);
    if (!record) throw missing();
    return RulingStatus.from(record);
  }
}
