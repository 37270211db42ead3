import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { parseLawArgument } from '../paragraph/law-argument';
import { todayIso } from '../shared/iso-date';
import { ParagraphOverviewArgs } from './paragraph-overview.args';
import { ParagraphOverview } from './paragraph-overview.type';

@Resolver(() => ParagraphOverview)
export class ParagraphOverviewResolver {
  @Query(() => [ParagraphOverview], {
    nullable: true,
    description:
      'Every paragraph of a law (in paragraph order) with the rulings behind it on a date (default today): counts by status, the newest ruling in force, and the rulings carried over from earlier numberings. One database round trip for the whole law. Also as a download for spreadsheets: GET /paragraph-overview/<law>.csv or .xlsx?asOf=YYYY-MM-DD&locale=da|en (CSV in Danish by default: semicolon-separated, decimal comma, UTF-8 with a byte order mark). An unknown law is BAD_USER_INPUT.',
  })
  async paragraphOverview(@Args() args: ParagraphOverviewArgs, @Ctx() ctx: Context): Promise<ParagraphOverview[]> {
    const law = parseLawArgument('law', args.law);
    const asOf = args.asOf ?? todayIso();
    const overview = await ctx.repositories.paragraphOverview.overviewOfLaw(law, asOf);
    if (overview === null) {
      throw new BadUserInputError(`law: unknown law "${law}"`, {
        field: 'law',
        expected: 'a law the graph holds, e.g. "SEL" or "BL"',
      });
    }
    return overview.paragraphs.map((row) => ParagraphOverview.from(row, asOf));
  }
}
