import { Length } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { parseArgument } from '../graphql/reference-input';
import { Law } from '../law/law.type';
import { parseParagraphRef } from './paragraph-ref';
import { Paragraph } from './paragraph.type';

@ArgsType()
class ParagraphArgs {
  @Field({ description: 'A paragraph reference: "SEL § 41", "serviceloven § 41", "barnets lov §86", "SEL § 112 stk. 1".' })
  @Length(1, 120)
  ref: string;
}

@Resolver(() => Paragraph)
export class ParagraphResolver {
  @Query(() => Paragraph, { nullable: true, description: 'One law paragraph; null if the graph does not hold it.' })
  async paragraph(@Args() { ref }: ParagraphArgs, @Ctx() ctx: Context): Promise<Paragraph | null> {
    const canonical = parseArgument('ref', () => parseParagraphRef(ref).canonical);
    const record = await ctx.loaders.paragraphByRef.load(canonical);
    return record && Paragraph.from(record);
  }

  @FieldResolver(() => Law, { nullable: true, description: 'The law the paragraph belongs to.' })
  async law(@Root() paragraph: Paragraph, @Ctx() ctx: Context): Promise<Law | null> {
    const record = await ctx.loaders.lawById.load(paragraph.lawId);
    return record && Law.from(record);
  }
}
