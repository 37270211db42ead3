import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Paragraph } from '../paragraph/paragraph.type';
import { Ruling } from '../ruling/ruling.type';
import { Authority } from './authority.type';
import { ComplaintCase } from './complaint-case.type';
import { ReversalReason } from './reversal-reason.type';

/** Links of a case, each through a DataLoader so a page of cases batches them. */
@Resolver(() => ComplaintCase)
export class ComplaintCaseResolver {
  @FieldResolver(() => Authority, {
    nullable: true,
    description: 'The first instance whose decision was complained about.',
  })
  async authority(@Root() complaintCase: ComplaintCase, @Ctx() ctx: Context): Promise<Authority | null> {
    if (complaintCase.authorityCode === null) return null;
    const record = await ctx.loaders.authorityByCode.load(complaintCase.authorityCode);
    return record && Authority.from(record);
  }

  @FieldResolver(() => [Paragraph], {
    description: 'The law paragraphs the case concerns, in law and paragraph order.',
  })
  async paragraphs(@Root() complaintCase: ComplaintCase, @Ctx() ctx: Context): Promise<Paragraph[]> {
    const records = await ctx.loaders.paragraphByRef.loadMany(complaintCase.paragraphRefs);
    return records.flatMap((record) => (record && !(record instanceof Error) ? [Paragraph.from(record)] : []));
  }

  @FieldResolver(() => [Ruling], { description: 'The principle rulings applied in the decision, oldest first.' })
  async appliedRulings(@Root() complaintCase: ComplaintCase, @Ctx() ctx: Context): Promise<Ruling[]> {
    const records = await ctx.loaders.rulingByNumber.loadMany(complaintCase.rulingNumbers);
    return records.flatMap((record) => (record && !(record instanceof Error) ? [Ruling.from(record)] : []));
  }

  @FieldResolver(() => [ReversalReason], {
    description: 'Registered reasons for reversal (since 2019; none for upheld or dismissed cases).',
  })
  async reasons(@Root() complaintCase: ComplaintCase, @Ctx() ctx: Context): Promise<ReversalReason[]> {
    const records = await ctx.loaders.reversalReasonByCode.loadMany(complaintCase.reasonCodes);
    return records.flatMap((record) => (record && !(record instanceof Error) ? [ReversalReason.from(record)] : []));
  }
}
