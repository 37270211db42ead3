import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import type { PracticeQuery } from './practice-query';

/**
 * A well-formed code the graph does not hold ("SEL § 4100", authority "1O1") would otherwise
 * answer with zeros that look like a real finding, so it is refused, naming the field. The
 * lookups go through the request's DataLoaders: many filters in one response cost one
 * statement per kind of target.
 */
export async function assertPracticeTargetsExist(
  query: PracticeQuery,
  ctx: Context,
  checkParagraph = true,
): Promise<void> {
  const [paragraph, law, authority] = await Promise.all([
    checkParagraph && query.paragraph !== null ? ctx.loaders.paragraphByRef.load(query.paragraph) : true,
    query.law !== null ? ctx.loaders.lawById.load(query.law) : true,
    query.authority !== null ? ctx.loaders.authorityByCode.load(query.authority) : true,
  ]);
  if (!paragraph) {
    throw new BadUserInputError(`filter.paragraph: the graph holds no paragraph ${query.paragraph}`, {
      field: 'filter.paragraph',
      expected: 'a paragraph the graph holds, e.g. BL § 86',
    });
  }
  if (!law) {
    throw new BadUserInputError(`filter.law: the graph holds no law ${query.law}`, {
      field: 'filter.law',
      expected: 'a law the graph holds, e.g. SEL or BL',
    });
  }
  if (!authority) {
    throw new BadUserInputError(`filter.authority: the graph holds no authority with code "${query.authority}"`, {
      field: 'filter.authority',
      expected: 'an authority code the graph holds, e.g. "101" (København)',
    });
  }
}
