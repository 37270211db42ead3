import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ComplaintCase } from '../complaint-case/complaint-case.type';
import { Consolidation } from '../consolidation/consolidation.type';
import type { Context } from '../context';
import { Law } from '../law/law.type';
import { Paragraph } from '../paragraph/paragraph.type';
import { Ruling } from '../ruling/ruling.type';
import { fromGlobalId, type NodeTypeName } from './global-id';
import { Node } from './node.interface';

/** How each type implementing Node is fetched by its natural key; null if the graph lacks it. */
const FETCH: Record<NodeTypeName, (key: string, ctx: Context) => Promise<Node | null>> = {
  Ruling: async (key, ctx) => {
    const record = await ctx.loaders.rulingByNumber.load(key);
    return record && Ruling.from(record);
  },
  Paragraph: async (key, ctx) => {
    const record = await ctx.loaders.paragraphByRef.load(key);
    return record && Paragraph.from(record);
  },
  Law: async (key, ctx) => {
    const record = await ctx.loaders.lawById.load(key);
    return record && Law.from(record);
  },
  Consolidation: async (key, ctx) => {
    const record = await ctx.loaders.consolidationById.load(key);
    return record && Consolidation.from(record);
  },
  ComplaintCase: async (key, ctx) => {
    const record = await ctx.loaders.complaintCaseById.load(key);
    return record && ComplaintCase.from(record);
  },
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Refetch any object that implements Node by its global id (its id field); null for an id of nothing in the graph.',
  })
  async node(
    @Arg('id', () => ID, { description: "A global id, as an object's id field gives it." }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Node | null> {
    const decoded = fromGlobalId(id);
    return decoded ? FETCH[decoded.type](decoded.key, ctx) : null;
  }
}
