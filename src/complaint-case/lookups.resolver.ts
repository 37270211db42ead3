import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { connectionPage, encodeCursor, pageRequest, textCursor } from '../graphql/connection';
import { AuthoritiesArgs } from './authorities.args';
import { AuthorityConnection } from './authority-connection.type';
import { Authority } from './authority.type';
import { ReversalReason } from './reversal-reason.type';

/** The authorities and reasons for reversal a front end fills its drop-downs from. */
@Resolver()
export class ComplaintCaseLookupsResolver {
  @Query(() => AuthorityConnection, {
    nullable: true,
    description:
      'First instances (municipalities, Udbetaling Danmark, others) by name, a page at a time, forward or backward; optionally of one kind.',
  })
  async authorities(@Args() args: AuthoritiesArgs, @Ctx() ctx: Context): Promise<AuthorityConnection> {
    const request = pageRequest(args);
    const cursor = textCursor(request, 2, 'authorities');
    const rows = await ctx.repositories.complaintCases.authorities(
      args.kind ?? null,
      cursor,
      request.backward,
      request.size + 1,
    );
    return connectionPage(rows, request, (row) => encodeCursor([row.name, row.code]), Authority.from);
  }

  @Query(() => [ReversalReason], { description: 'Every reason for reversal (årsag til omgørelse), by code.' })
  async reversalReasons(@Ctx() ctx: Context): Promise<ReversalReason[]> {
    return (await ctx.repositories.complaintCases.allReversalReasons()).map(ReversalReason.from);
  }
}
