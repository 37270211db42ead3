import { Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { pageSize, toPage } from '../graphql/connection';
import { Ruling } from '../ruling/ruling.type';
import { todayIso } from '../shared/iso-date';
import { toLuceneQuery } from './lucene-query';
import { RulingConnection, RulingEdge } from './ruling-connection.type';
import { decodeListCursor, decodeSearchCursor } from './ruling-cursor';
import { normaliseRulingFilter } from './ruling-filter';
import { RulingsArgs, SearchRulingsArgs } from './ruling-list.args';

function edge(page: { cursor: string; node: Ruling }, score: number | null): RulingEdge {
  return Object.assign(new RulingEdge(), { ...page, score });
}

@Resolver(() => RulingConnection)
export class RulingListResolver {
  @Query(() => RulingConnection, {
    description: 'Principle rulings, newest first (decidedOn descending, then number), a page at a time with keyset cursors. At most 100 a page.',
  })
  async rulings(@Args() args: RulingsArgs, @Ctx() ctx: Context): Promise<RulingConnection> {
    const size = pageSize(args.first);
    const filter = normaliseRulingFilter(args.filter, todayIso());
    const after = args.after ? decodeListCursor(args.after) : null;
    const rows = await ctx.repositories.rulingList.page(filter, after, size + 1);
    const page = toPage(rows, size, (row) => [row.decidedOn, row.number], Ruling.from, after !== null);
    return RulingConnection.of({ ...page, edges: page.edges.map((e) => edge(e, null)) }, { kind: 'list', filter });
  }

  @Query(() => RulingConnection, {
    description:
      'Full-text search over ruling number, title and summary with Danish stemming, most relevant first (score descending, then number), a page at a time. The cursor is the last (score, number): relevance depends on the whole index, so rulings added or changed while paging can shift scores and a later page may then repeat or miss a ruling near the cursor (rulings() has no such caveat).',
  })
  async searchRulings(@Args() args: SearchRulingsArgs, @Ctx() ctx: Context): Promise<RulingConnection> {
    const size = pageSize(args.first);
    const query = toLuceneQuery(args.text);
    const filter = normaliseRulingFilter(args.filter, todayIso());
    const after = args.after ? decodeSearchCursor(args.after) : null;
    const hits = await ctx.repositories.rulingList.search(query, filter, after, size + 1);
    const page = toPage(hits, size, (hit) => [hit.score, hit.ruling.number], (hit) => hit, after !== null);
    return RulingConnection.of(
      {
        pageInfo: page.pageInfo,
        edges: page.edges.map(({ cursor, node: hit }) => edge({ cursor, node: Ruling.from(hit.ruling) }, hit.score)),
      },
      { kind: 'search', query, filter },
    );
  }

  @FieldResolver(() => Int)
  totalCount(@Root() connection: RulingConnection, @Ctx() ctx: Context): Promise<number> {
    return ctx.repositories.rulingList.count(connection.countQuery);
  }
}
