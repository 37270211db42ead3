import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Consolidation } from '../consolidation/consolidation.type';
import type { Context } from '../context';
import { Law } from '../law/law.type';
import { Paragraph } from '../paragraph/paragraph.type';
import { Ruling } from '../ruling/ruling.type';
import { fromGlobalId } from './global-id';
import { Node } from './node.interface';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Refetch any object by its global id.' })
  async node(@Arg('id', () => ID, { description: 'A global id, as the id field of a Ruling, Paragraph, Law or Consolidation returns it.' }) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    const decoded = fromGlobalId(id);
    if (!decoded) return null;
    switch (decoded.type) {
      case 'Ruling': {
        const record = await ctx.loaders.rulingByNumber.load(decoded.key);
        return record && Ruling.from(record);
      }
      case 'Paragraph': {
        const record = await ctx.loaders.paragraphByRef.load(decoded.key);
        return record && Paragraph.from(record);
      }
      case 'Law': {
        const record = await ctx.loaders.lawById.load(decoded.key);
        return record && Law.from(record);
      }
      case 'Consolidation': {
        const record = await ctx.loaders.consolidationById.load(decoded.key);
        return record && Consolidation.from(record);
      }
      default:
        return null;
    }
  }
}
