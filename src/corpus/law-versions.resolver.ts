import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Law } from '../law/law.type';
import { LawVersion } from './corpus.type';

@Resolver(() => Law)
export class LawVersionsResolver {
  @FieldResolver(() => [LawVersion], { description: 'The imported versions of the law (LOV, LBK), oldest first.' })
  async versions(@Root() law: Law, @Ctx() ctx: Context): Promise<LawVersion[]> {
    return (await ctx.loaders.lawVersions.load(law.code)).map(LawVersion.from);
  }
}
