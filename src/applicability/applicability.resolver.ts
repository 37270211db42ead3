import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { fieldsAt, rootTree } from '../graphql/planner/selection';
import { selectedProperties } from '../graphql/planner/selected-properties';
import { parseArgument } from '../graphql/reference-input';
import { RulingStatus } from '../lineage/ruling-status.type';
import { parseParagraphRef } from '../paragraph/paragraph-ref';
import { todayIso } from '../shared/iso-date';
import { ApplicableRulingsArgs } from './applicability.args';
import { Applicability } from './applicability.type';
import { outOfForceMessage, periodInForce } from './paragraph-validity';

@Resolver(() => Applicability)
export class ApplicabilityResolver {
  @Query(() => [Applicability], {
    nullable: true,
    description: [
      'The principle rulings that apply to a paragraph on a date (default today): those made under the paragraph or under any earlier numbering of it',
      '(followed back through SUCCEEDED_BY, transitively), that are IN_FORCE or PARTIALLY_REPEALED on the date; rulings repealed or not yet issued then are left out.',
      'Newest first (decidedOn descending, then number).',
      'Errors (BAD_USER_INPUT): a malformed paragraph; "unknown paragraph" for one the graph does not hold;',
      'and a date on which the paragraph was not in force, with a message naming its period in force and the numbering in force on that date,',
      'e.g. "SEL § 41 was in force until 2023-12-31; on 2024-06-01 use BL § 86".',
    ].join(' '),
  })
  async applicableRulings(
    @Args() args: ApplicableRulingsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Applicability[]> {
    const ref = parseArgument('paragraph', () => parseParagraphRef(args.paragraph).canonical);
    const asOf = args.asOf ?? todayIso();
    const tree = rootTree(info);
    const result = await ctx.repositories.applicability.applicableRulings(ref, asOf, {
      ruling: selectedProperties('ruling', tree && fieldsAt(tree, ['ruling'])),
      via: selectedProperties('paragraph', tree && fieldsAt(tree, ['via'])),
    });
    if (result.kind === 'unknown-paragraph') {
      throw new BadUserInputError(`paragraph: unknown paragraph "${ref}"`, {
        field: 'paragraph',
        expected: 'a paragraph the graph holds, e.g. "BL § 86"',
      });
    }
    if (!result.inForce) {
      throw new BadUserInputError(
        outOfForceMessage(result.paragraph, asOf, result.successorsInForce, result.predecessorsInForce),
        {
          field: 'asOf',
          expected: `a date on which ${ref} was in force (${periodInForce(result.paragraph)})`,
        },
      );
    }
    return result.applicable.map((record) => Applicability.from(record, asOf));
  }

  @FieldResolver(() => RulingStatus)
  async statusDetail(@Root() applicability: Applicability, @Ctx() ctx: Context): Promise<RulingStatus> {
    const record = await ctx.loaders.rulingStatus.load({
      number: applicability.ruling.number,
      asOf: applicability.asOf,
    });
    // The ruling was just read in the same request; it can only be missing if deleted meanwhile.
    if (record === null) throw new Error(`ruling ${applicability.ruling.number} disappeared while answering`);
    return RulingStatus.from(record);
  }
}
