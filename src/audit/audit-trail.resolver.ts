import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { EDITOR_ROLE } from '../auth/viewer';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { connectionPage, decodeCursor, encodeCursor, pageRequest } from '../graphql/connection';
import { AuditEntry, AuditEntryConnection } from './audit-entry.type';
import { AuditTrailArgs } from './audit-trail.args';
import type { AuditCursor } from './audit.repository';

@Resolver()
export class AuditTrailResolver {
  // Editors only: entries name people (token subjects) and carry every input verbatim.
  @Authorized(EDITOR_ROLE)
  @Query(() => AuditEntryConnection, {
    nullable: true,
    description:
      'Writes made through the API, newest first (role editor), forward (first/after) or backward (last/before). Null, with an error, when an argument is refused.',
  })
  async auditTrail(@Args() args: AuditTrailArgs, @Ctx() ctx: Context): Promise<AuditEntryConnection> {
    const request = pageRequest(args);
    let cursor: AuditCursor | null = null;
    if (request.cursor !== null) {
      const argument = request.cursorArgument;
      const [at, seq, id] = decodeCursor(request.cursor, 3, argument);
      if (typeof at !== 'string' || typeof seq !== 'number' || !Number.isSafeInteger(seq) || typeof id !== 'string') {
        throw new BadUserInputError(`${argument}: not a cursor this API issued`, {
          field: argument,
          expected: 'a cursor from a previous page',
        });
      }
      cursor = { at, seq, id };
    }
    const sinceDate = args.since ? new Date(args.since) : null;
    if (sinceDate && Number.isNaN(sinceDate.getTime())) {
      throw new BadUserInputError('since: not a moment this API can read', {
        field: 'since',
        expected: 'an ISO 8601 date or date-time, e.g. 2026-11-01',
      });
    }
    const since = sinceDate ? sinceDate.toISOString() : null;
    const rows = await ctx.repositories.audit.page(
      { subject: args.subject ?? null, operation: args.operation ?? null, key: args.key ?? null, since },
      cursor,
      request.backward,
      request.size + 1,
    );
    return connectionPage(rows, request, (row) => encodeCursor([row.at, row.seq, row.id]), AuditEntry.from);
  }
}
