import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { EDITOR_ROLE } from '../auth/viewer';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { decodeCursor, pageSize, toPage } from '../graphql/connection';
import { AuditEntry, AuditEntryConnection } from './audit-entry.type';
import { AuditTrailArgs } from './audit-trail.args';
import type { AuditCursor } from './audit.repository';

@Resolver()
export class AuditTrailResolver {
  // Editors only: entries name people (token subjects) and carry every input verbatim.
  @Authorized(EDITOR_ROLE)
  @Query(() => AuditEntryConnection, { description: 'Writes made through the API, newest first (role editor).' })
  async auditTrail(@Args() args: AuditTrailArgs, @Ctx() ctx: Context): Promise<AuditEntryConnection> {
    const size = pageSize(args.first);
    let after: AuditCursor | null = null;
    if (args.after) {
      const [at, seq, id] = decodeCursor(args.after, 3);
      if (typeof at !== 'string' || typeof seq !== 'number' || !Number.isSafeInteger(seq) || typeof id !== 'string') {
        throw new BadUserInputError('after: not a cursor this API issued', { field: 'after', expected: 'an endCursor from a previous page' });
      }
      after = { at, seq, id };
    }
    const sinceDate = args.since ? new Date(args.since) : null;
    if (sinceDate && Number.isNaN(sinceDate.getTime())) {
      throw new BadUserInputError('since: not a moment this API can read', { field: 'since', expected: 'an ISO 8601 date or date-time, e.g. 2026-11-01' });
    }
    const since = sinceDate ? sinceDate.toISOString() : null;
    const rows = await ctx.repositories.audit.page(
      { subject: args.subject ?? null, operation: args.operation ?? null, key: args.key ?? null, since },
      after,
      size + 1,
    );
    return toPage(rows, size, (row) => [row.at, row.seq, row.id], AuditEntry.from, after !== null);
  }
}
