import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { DateScalar } from '../graphql/date-scalar';
import { Law } from '../law/law.type';
import { Ruling } from '../ruling/ruling.type';
import { FactSource } from './corpus.type';

/** Ruling fields filled by the official-corpus import (src/importer/retsinformation); empty for other rulings. */
@Resolver(() => Ruling)
export class RulingCorpusResolver {
  @FieldResolver(() => DateScalar, { nullable: true, description: 'Date of publication at retsinformation.dk (DiesEdicti), if imported from there.' })
  async publishedOn(@Root() ruling: Ruling, @Ctx() ctx: Context): Promise<string | null> {
    return (await ctx.loaders.rulingTexts.load(ruling.number)).publishedOn;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Retsinformation accession number, e.g. W20230945601.' })
  async accessionNumber(@Root() ruling: Ruling, @Ctx() ctx: Context): Promise<string | null> {
    return (await ctx.loaders.rulingTexts.load(ruling.number)).accessionNumber;
  }

  @FieldResolver(() => [String], { description: 'Subject keywords from the title, in order ("merudgifter", "befordring", ...).' })
  async keywords(@Root() ruling: Ruling, @Ctx() ctx: Context): Promise<string[]> {
    return (await ctx.loaders.rulingTexts.load(ruling.number)).keywords;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The full text of the published ruling, one line per line; searched by searchRulings.' })
  async fullText(@Root() ruling: Ruling, @Ctx() ctx: Context): Promise<string | null> {
    return (await ctx.loaders.rulingTexts.load(ruling.number)).fullText;
  }

  @FieldResolver(() => [FactSource], { description: 'Where each fact read from the official document came from (paragraphs, citations, repeals, merges).' })
  async sources(@Root() ruling: Ruling, @Ctx() ctx: Context): Promise<FactSource[]> {
    return (await ctx.loaders.rulingTexts.load(ruling.number)).sources.map((source) => Object.assign(new FactSource(), source));
  }

  @FieldResolver(() => [Law], { description: 'The laws the ruling concerns, as its metadata names them (Concerns).' })
  async lawsConcerned(@Root() ruling: Ruling, @Ctx() ctx: Context): Promise<Law[]> {
    const ids = (await ctx.loaders.rulingTexts.load(ruling.number)).laws;
    const records = await ctx.loaders.lawById.loadMany(ids);
    return records.flatMap((record) => (record && !(record instanceof Error) ? [Law.from(record)] : []));
  }
}
