import { Length } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Ruling } from '../ruling/ruling.type';
import { Consolidation } from './consolidation.type';
import { RepealedRuling } from './repealed-ruling.type';

@ArgsType()
class ConsolidationArgs {
  @Field({ description: 'The consolidation\'s own id, e.g. "2019-51" (Consolidation.consolidationId).' })
  @Length(1, 100, { message: 'id must be 1 to 100 characters' })
  id: string;
}

@Resolver(() => Consolidation)
export class ConsolidationResolver {
  @Query(() => Consolidation, { nullable: true, description: 'One consolidation by its id; null if unknown.' })
  async consolidation(@Args() { id }: ConsolidationArgs, @Ctx() ctx: Context): Promise<Consolidation | null> {
    const record = await ctx.loaders.consolidationById.load(id.trim());
    return record && Consolidation.from(record);
  }

  @FieldResolver(() => [Ruling], { description: 'The new rulings it issued (none for a plain repeal), oldest first.' })
  async issued(@Root() consolidation: Consolidation, @Ctx() ctx: Context): Promise<Ruling[]> {
    return (await ctx.loaders.rulingsIssuedBy.load(consolidation.consolidationId)).map(Ruling.from);
  }

  @FieldResolver(() => [RepealedRuling], {
    description: 'The older rulings it repealed, fully or partly, oldest first.',
  })
  async repeals(@Root() consolidation: Consolidation, @Ctx() ctx: Context): Promise<RepealedRuling[]> {
    return (await ctx.loaders.rulingsRepealedBy.load(consolidation.consolidationId)).map(RepealedRuling.from);
  }
}
