import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { byPeriodKey, type PeriodCountsRecord } from './practice.repository';
import { practiceKey } from './practice-query';
import { AuthorityStats, QuarterStats, YearStats } from './practice-stats.type';

/**
 * AuthorityStats.byYear and byQuarter: a municipality × year (or × quarter) table. Every row of
 * byAuthority asks the same DataLoader key (the filter, broken down by authority and period), so
 * the whole table is one statement however many authorities are listed; each row takes its own
 * authority's periods from it.
 */
@Resolver(() => AuthorityStats)
export class AuthorityStatsResolver {
  @FieldResolver(() => [YearStats], {
    description:
      "This authority's counts per year of decision within the filter, oldest first; years without cases are left out.",
  })
  async byYear(@Root() row: AuthorityStats, @Ctx() ctx: Context): Promise<YearStats[]> {
    return (await this.periods(row, false, ctx)).map(YearStats.from);
  }

  @FieldResolver(() => [QuarterStats], {
    description:
      "This authority's counts per quarter of the year of decision within the filter, oldest first; quarters without cases are left out.",
  })
  async byQuarter(@Root() row: AuthorityStats, @Ctx() ctx: Context): Promise<QuarterStats[]> {
    return (await this.periods(row, true, ctx)).map(QuarterStats.from);
  }

  private async periods(row: AuthorityStats, quarters: boolean, ctx: Context): Promise<PeriodCountsRecord[]> {
    const periods = await ctx.loaders.practiceByPeriod.load(
      byPeriodKey(practiceKey(row.query), { byAuthority: true, quarters }),
    );
    return byAuthority(periods).get(row.authority.code) ?? [];
  }
}

/**
 * A table's periods grouped by authority code, once per table: every listed authority reads
 * its own from the same loaded list, and filtering it per row would read the whole table once
 * per authority.
 */
const grouped = new WeakMap<readonly PeriodCountsRecord[], Map<string | null, PeriodCountsRecord[]>>();

function byAuthority(periods: readonly PeriodCountsRecord[]): Map<string | null, PeriodCountsRecord[]> {
  let groups = grouped.get(periods);
  if (!groups) {
    groups = new Map();
    for (const period of periods) {
      const group = groups.get(period.code);
      if (group) group.push(period);
      else groups.set(period.code, [period]);
    }
    grouped.set(periods, groups);
  }
  return groups;
}
