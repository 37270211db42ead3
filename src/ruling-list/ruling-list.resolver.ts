import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { connectionPage, pageRequest, type PageRequest } from '../graphql/connection';
import { fieldsAt, rootTree } from '../graphql/planner/selection';
import { rulingPropertiesFor } from '../graphql/planner/narrowing';
import { Ruling } from '../ruling/ruling.type';
import { todayIso } from '../shared/iso-date';
import { toLuceneQuery } from './lucene-query';
import { RulingConnection, RulingEdge } from './ruling-connection.type';
import {
  decodeListCursor,
  decodeSearchCursor,
  encodeListCursor,
  encodeSearchCursor,
  listCursorValues,
  searchCursorValues,
} from './ruling-cursor';
import { normaliseRulingFilter } from './ruling-filter';
import { RulingsArgs, SearchRulingsArgs } from './ruling-list.args';
import type { PageSeek } from './ruling-list.repository';
import { DEFAULT_RULING_ORDER } from './ruling-order';
import { buildSnippet, type SnippetRecord } from './snippet';

function edge(page: { cursor: string; node: Ruling }, score: number | null, snippet: SnippetRecord | null): RulingEdge {
  return Object.assign(new RulingEdge(), { ...page, score, snippet });
}

/** The cursor's sort-key values (decoded for the list's order) and the direction to read. */
function seekOf<Position>(
  request: PageRequest,
  decode: (cursor: string) => Position,
  values: (position: Position) => unknown[],
): PageSeek {
  return { cursor: request.cursor === null ? null : values(decode(request.cursor)), backward: request.backward };
}

/** What a list's cursor is made of, whatever the order (ruling-cursor.ts), beside what the query asks. */
const LIST_CURSOR_PROPERTIES = ['number', 'decidedOn', 'title'];
/** What a search hit's cursor is made of, and with a snippet the text it is cut from. */
const SEARCH_CURSOR_PROPERTIES = ['number', 'decidedOn'];
const SNIPPET_PROPERTIES = [...SEARCH_CURSOR_PROPERTIES, 'title', 'summary'];

/** The fields asked of the page's rulings (status, paragraphs, ...), compiled to run in the page's statement. */
function attachedRulings(ctx: Context, info: GraphQLResolveInfo) {
  return ctx.planner.attachNodes('Ruling', info, ['edges', 'node']);
}

@Resolver(() => RulingConnection)
export class RulingListResolver {
  @Query(() => RulingConnection, {
    nullable: true,
    description:
      'Principle rulings in the order asked (default newest first: decidedOn descending, then number), a page at a time with keyset cursors, forward (first/after) or backward (last/before). At most 100 a page. Null, with an error, when an argument is refused.',
  })
  async rulings(
    @Args() args: RulingsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RulingConnection> {
    const request = pageRequest(args);
    const order = args.orderBy ?? DEFAULT_RULING_ORDER;
    const filter = normaliseRulingFilter(args.filter, todayIso());
    const seek = seekOf(
      request,
      (cursor) => decodeListCursor(cursor, order, request.cursorArgument),
      (position) => listCursorValues(order, position),
    );
    const properties = rulingPropertiesFor(info, LIST_CURSOR_PROPERTIES);
    const rows = await ctx.repositories.rulingList.page(
      filter,
      order,
      seek,
      request.size + 1,
      properties,
      attachedRulings(ctx, info),
    );
    const page = connectionPage(rows, request, (row) => encodeListCursor(order, row), Ruling.from);
    return RulingConnection.of(
      { ...page, edges: page.edges.map((e) => edge(e, null, null)) },
      { kind: 'list', filter },
    );
  }

  @Query(() => RulingConnection, {
    nullable: true,
    description:
      'Full-text search over ruling number, title and summary (and full text where held) with Danish stemming, in the order asked: by default most relevant first, equal relevance in force before repealed, then newest; a page at a time, forward or backward. Each edge carries a snippet of where the words were found. The cursor is the last position (score, ...): relevance depends on the whole index, so rulings added or changed while paging can shift scores and a later page may then repeat or miss a ruling near the cursor (rulings() has no such caveat). Null, with an error, when an argument is refused.',
  })
  async searchRulings(
    @Args() args: SearchRulingsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RulingConnection> {
    const request = pageRequest(args);
    const order = args.orderBy;
    const query = toLuceneQuery(args.text);
    const filter = normaliseRulingFilter(args.filter, todayIso());
    const seek = seekOf(
      request,
      (cursor) => decodeSearchCursor(cursor, order, request.cursorArgument),
      (position) => searchCursorValues(order, position),
    );
    const tree = rootTree(info);
    // A ruling's full text can be long: it is read only where a snippet is asked for.
    const snippets = tree === null || Object.values(fieldsAt(tree, ['edges'])).some((f) => f.name === 'snippet');
    const properties = rulingPropertiesFor(info, snippets ? SNIPPET_PROPERTIES : SEARCH_CURSOR_PROPERTIES);
    const hits = await ctx.repositories.rulingList.search(
      query,
      filter,
      order,
      seek,
      request.size + 1,
      snippets,
      properties,
      attachedRulings(ctx, info),
    );
    const page = connectionPage(
      hits,
      request,
      (hit) => encodeSearchCursor(order, hit),
      (hit) => hit,
    );
    const edges = page.edges.map(({ cursor, node: hit }) => {
      const ruling = Ruling.from(hit.ruling);
      // Built only where asked: its text (title, summary) is read only then.
      const snippet = snippets
        ? buildSnippet(args.text, { title: ruling.title, summary: ruling.summary, fullText: hit.fullText })
        : null;
      return edge({ cursor, node: ruling }, hit.score, snippet);
    });
    return RulingConnection.of({ pageInfo: page.pageInfo, edges }, { kind: 'search', query, filter });
  }

  @FieldResolver(() => Int)
  totalCount(@Root() connection: RulingConnection, @Ctx() ctx: Context): Promise<number> {
    return ctx.repositories.rulingList.count(connection.countQuery);
  }
}
