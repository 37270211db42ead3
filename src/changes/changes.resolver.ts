import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { connectionPage, encodeCursor, pageRequest, textCursor } from '../graphql/connection';
import { Change, ChangeConnection } from './change.type';
import { ChangesArgs } from './changes.args';
import { changeCursorValues } from './changes.repository';

@Resolver()
export class ChangesResolver {
  @Query(() => ChangeConnection, {
    nullable: true,
    description:
      "Changes in rulings' legal status (repealed, partly repealed, a new successor, a paragraph they interpret renumbered), newest first, derived from the consolidations and paragraph successions in the graph and the audit trail of API writes: a feed to notify those who follow a ruling or paragraph. Forward (first/after) or backward (last/before).",
  })
  async changes(@Args() args: ChangesArgs, @Ctx() ctx: Context): Promise<ChangeConnection> {
    const request = pageRequest(args);
    const cursor = textCursor(request, 4, 'changes');
    // A date stays a date (it compares with effect dates as a prefix); a date-time goes to UTC as audit entries store it.
    const since = args.since ? (args.since.length === 10 ? args.since : new Date(args.since).toISOString()) : null;
    const rows = await ctx.repositories.changes.page(
      { since, ruling: args.ruling ?? null },
      cursor,
      request.backward,
      request.size + 1,
    );
    return connectionPage(rows, request, (row) => encodeCursor(changeCursorValues(row)), Change.from);
  }
}
