import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Float, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Authority } from '../complaint-case/authority.type';
import { ComplaintCase } from '../complaint-case/complaint-case.type';
import { ComplaintCaseConnection } from '../complaint-case/complaint-case-connection.type';
import { ReversalReason } from '../complaint-case/reversal-reason.type';
import { casePosition, cursorOfCase } from '../complaint-case/ruling-complaint-cases.resolver';
import type { Context } from '../context';
import { connectionPage, pageRequest } from '../graphql/connection';
import { Ruling } from '../ruling/ruling.type';
import { ByAuthorityArgs, MostAppliedRulingsArgs, PracticeCasesArgs } from './practice.args';
import { byAuthorityKey, byPeriodKey, casePageKey, mostAppliedKey } from './practice.repository';
import { countOf, outcomesOf } from './practice-case-set';
import { PracticeFilter } from './practice-filter.input';
import { normalisePracticeFilter, practiceKey, withoutAuthority } from './practice-query';
import {
  AppliedRulingCount,
  AuthorityStats,
  OutcomeCounts,
  PracticeStats,
  QuarterStats,
  RateInterval,
  ReasonCount,
  REVERSAL_RATE_DESCRIPTION,
  REVERSAL_RATE_INTERVAL_DESCRIPTION,
  YearStats,
  type PracticeCountsRecord,
} from './practice-stats.type';
import { assertPracticeTargetsExist } from './practice-targets';

const rateOf = (reversed: number, onMerits: number) => (onMerits === 0 ? null : reversed / onMerits);

/**
 * Query.practice only validates and canonicalises the filter; every field of PracticeStats is
 * its own aggregation statement in Neo4j (through a DataLoader), run only if asked for.
 * decided, onMerits, reversed, reversalRate and outcomes share one statement.
 */
@Resolver(() => PracticeStats)
export class PracticeResolver {
  @Query(() => PracticeStats, {
    nullable: true,
    description:
      'How complaint cases are decided for a filter (paragraph, law, authority, area, decision dates; all optional): outcomes, reversal rate, reasons, and breakdowns.',
  })
  async practice(
    @Arg('filter', () => PracticeFilter, { description: 'Which complaint cases to count; {} is the national picture.' })
    filter: PracticeFilter,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PracticeStats> {
    const query = normalisePracticeFilter(filter);
    await ctx.planner.prefetchPractice(query, info);
    await assertPracticeTargetsExist(query, ctx);
    return PracticeStats.of(query);
  }

  @FieldResolver(() => Int, { description: 'Cases decided, dismissed ones included.' })
  async decided(@Root() stats: PracticeStats, @Ctx() ctx: Context): Promise<number> {
    return (await this.totals(stats, ctx)).decided;
  }

  @FieldResolver(() => Int, { description: 'Cases decided on the merits: decided less dismissed.' })
  async onMerits(@Root() stats: PracticeStats, @Ctx() ctx: Context): Promise<number> {
    return (await this.totals(stats, ctx)).onMerits;
  }

  @FieldResolver(() => Int, { description: 'Cases reversed: changed + annulled + remanded.' })
  async reversed(@Root() stats: PracticeStats, @Ctx() ctx: Context): Promise<number> {
    return (await this.totals(stats, ctx)).reversed;
  }

  @FieldResolver(() => Float, { nullable: true, description: REVERSAL_RATE_DESCRIPTION })
  async reversalRate(@Root() stats: PracticeStats, @Ctx() ctx: Context): Promise<number | null> {
    return (await this.totals(stats, ctx)).reversalRate;
  }

  @FieldResolver(() => RateInterval, { nullable: true, description: REVERSAL_RATE_INTERVAL_DESCRIPTION })
  async reversalRateInterval(@Root() stats: PracticeStats, @Ctx() ctx: Context): Promise<RateInterval | null> {
    const { reversed, onMerits } = await this.totals(stats, ctx);
    return RateInterval.ofReversal(reversed, onMerits);
  }

  @FieldResolver(() => OutcomeCounts, { description: 'Cases per registered outcome; they add up to decided.' })
  async outcomes(@Root() stats: PracticeStats, @Ctx() ctx: Context): Promise<OutcomeCounts> {
    return Object.assign(new OutcomeCounts(), (await this.totals(stats, ctx)).outcomes);
  }

  @FieldResolver(() => [YearStats], {
    description: 'The same counts per year of decision, oldest first; years without cases are left out.',
  })
  async byYear(@Root() stats: PracticeStats, @Ctx() ctx: Context): Promise<YearStats[]> {
    const years = await ctx.loaders.practiceByPeriod.load(
      byPeriodKey(practiceKey(stats.query), { byAuthority: false, quarters: false }),
    );
    return years.map(YearStats.from);
  }

  @FieldResolver(() => [QuarterStats], {
    description:
      'The same counts per quarter of the year of decision, oldest first; quarters without cases are left out. Read from the cases themselves (a year breakdown can come from stored yearly counts).',
  })
  async byQuarter(@Root() stats: PracticeStats, @Ctx() ctx: Context): Promise<QuarterStats[]> {
    const quarters = await ctx.loaders.practiceByPeriod.load(
      byPeriodKey(practiceKey(stats.query), { byAuthority: false, quarters: true }),
    );
    return quarters.map(QuarterStats.from);
  }

  @FieldResolver(() => [AuthorityStats], {
    description:
      'The same counts per authority, in the order asked, the first `first` of them, each with the rate of the same filter without the authority restriction to compare with.',
  })
  async byAuthority(
    @Root() stats: PracticeStats,
    @Args() args: ByAuthorityArgs,
    @Ctx() ctx: Context,
  ): Promise<AuthorityStats[]> {
    const key = practiceKey(stats.query);
    // Without an authority restriction the statement sums every authority itself; with one, the
    // unrestricted filter is another aggregation, asked for at the same time.
    const [result, unrestricted] = await Promise.all([
      ctx.loaders.practiceByAuthority.load(byAuthorityKey(key, args)),
      stats.query.authority === null
        ? null
        : ctx.loaders.practiceTotals.load(practiceKey(withoutAuthority(stats.query))),
    ]);
    const nationalRate =
      unrestricted === null ? rateOf(result.allReversed, result.allOnMerits) : unrestricted.reversalRate;
    return result.authorities.map((row) =>
      Object.assign(new AuthorityStats(), {
        ...row,
        authority: Authority.from(row.authority),
        nationalRate,
        query: stats.query,
      }),
    );
  }

  @FieldResolver(() => [ReasonCount], {
    description: 'Reasons for reversal among the reversed cases, most frequent first.',
  })
  async reasons(@Root() stats: PracticeStats, @Ctx() ctx: Context): Promise<ReasonCount[]> {
    const result = await ctx.loaders.practiceReasons.load(practiceKey(stats.query));
    return result.reasons.map((row) =>
      Object.assign(new ReasonCount(), { ...row, reason: ReversalReason.from(row.reason) }),
    );
  }

  @FieldResolver(() => [AppliedRulingCount], {
    description:
      'The principle rulings applied most often in reversed cases, most often first (ties by number); ruling.status tells whether each is still in force.',
  })
  async mostAppliedRulings(
    @Root() stats: PracticeStats,
    @Args() { first }: MostAppliedRulingsArgs,
    @Ctx() ctx: Context,
  ): Promise<AppliedRulingCount[]> {
    const rulings = await ctx.loaders.practiceMostAppliedRulings.load(mostAppliedKey(practiceKey(stats.query), first));
    return rulings.map((row) =>
      Object.assign(new AppliedRulingCount(), { ruling: Ruling.from(row.ruling), count: row.count }),
    );
  }

  @FieldResolver(() => ComplaintCaseConnection, {
    description:
      'The cases behind the figures: the cases of the filter (or, with among, those behind onMerits, reversed or one outcome), ' +
      'newest decision first (ties by case id); Relay keyset paging. totalCount is the figure they stand behind. No personal data: a case holds none.',
  })
  async cases(
    @Root() stats: PracticeStats,
    @Args() args: PracticeCasesArgs,
    @Ctx() ctx: Context,
  ): Promise<ComplaintCaseConnection> {
    const request = pageRequest(args);
    const cursor = casePosition(request.cursor, request.cursorArgument);
    const filterKey = practiceKey(stats.query);
    const [records, totals] = await Promise.all([
      ctx.loaders.practiceCasePages.load(
        casePageKey(filterKey, {
          size: request.size,
          cursor,
          backward: request.backward,
          outcomes: outcomesOf(args.among),
        }),
      ),
      ctx.loaders.practiceTotals.load(filterKey),
    ]);
    return {
      ...connectionPage(records, request, cursorOfCase, ComplaintCase.from),
      totalCount: countOf(args.among, totals),
    };
  }

  private totals(stats: PracticeStats, ctx: Context): Promise<PracticeCountsRecord> {
    return ctx.loaders.practiceTotals.load(practiceKey(stats.query));
  }
}
