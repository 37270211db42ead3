import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { DateScalar } from '../graphql/date-scalar';
import { Law } from '../law/law.type';
import { Ruling } from '../ruling/ruling.type';
import type { RulingTexts } from './corpus.repository';
import { FactSource } from './corpus.type';

const textsOf = (ruling: Ruling, ctx: Context): Promise<RulingTexts> => ctx.loaders.rulingTexts.load(ruling.number);

/** Ruling fields filled by the official-corpus import (src/importer/retsinformation); empty for other rulings. */
@Resolver(() => Ruling)
export class RulingCorpusResolver {
  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: 'Date of publication at retsinformation.dk (DiesEdicti), if imported from there.',
  })
  async publishedOn(@Root() ruling: Ruling, @Ctx() ctx: Context): Promise<string | null> {
    return (await textsOf(ruling, ctx)).publishedOn;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Retsinformation accession number, e.g. W20230945601.' })
  async accessionNumber(@Root() ruling: Ruling, @Ctx() ctx: Context): Promise<string | null> {
    return (await textsOf(ruling, ctx)).accessionNumber;
  }

  @FieldResolver(() => [String], {
    description: 'Subject keywords from the title, in order ("merudgifter", "befordring", ...).',
  })
  async keywords(@Root() ruling: Ruling, @Ctx() ctx: Context): Promise<string[]> {
    return (await textsOf(ruling, ctx)).keywords;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The full text of the published ruling, one line per line; searched by searchRulings.',
  })
  async fullText(@Root() ruling: Ruling, @Ctx() ctx: Context): Promise<string | null> {
    return (await textsOf(ruling, ctx)).fullText;
  }

  @FieldResolver(() => [FactSource], {
    description: 'Where each fact read from the official document came from (paragraphs, citations, repeals, merges).',
  })
  async sources(@Root() ruling: Ruling, @Ctx() ctx: Context): Promise<FactSource[]> {
    return (await textsOf(ruling, ctx)).sources.map((source) => Object.assign(new FactSource(), source));
  }

  @FieldResolver(() => [Law], { description: 'The laws the ruling concerns, as its metadata names them (Concerns).' })
  async lawsConcerned(@Root() ruling: Ruling, @Ctx() ctx: Context): Promise<Law[]> {
    const ids = (await textsOf(ruling, ctx)).laws;
    const records = await ctx.loaders.lawById.loadMany(ids);
    return records.flatMap((record) => (record && !(record instanceof Error) ? [Law.from(record)] : []));
  }
}
