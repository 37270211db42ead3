import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { EDITOR_ROLE } from '../auth/viewer';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { decodeCursor, pageSize, toPage } from '../graphql/connection';
import { AuditEntry, AuditEntryConnection } from './audit-entry.type';
import { AuditTrailArgs } from './audit-trail.args';

@Resolver()
export class AuditTrailResolver {
  // Editors only: entries name people (token subjects) and carry every input verbatim.
  @Authorized(EDITOR_ROLE)
  @Query(() => AuditEntryConnection, { description: 'Writes made through the API, newest first (role editor).' })
  async auditTrail(@Args() args: AuditTrailArgs, @Ctx() ctx: Context): Promise<AuditEntryConnection> {
    const size = pageSize(args.first);
    let after: { at: string; id: string } | null = null;
    if (args.after) {
      const [at, id] = decodeCursor(args.after, 2);
      if (typeof at !== 'string' || typeof id !== 'string') {
        throw new BadUserInputError('after: not a cursor this API issued', { field: 'after', expected: 'an endCursor from a previous page' });
      }
      after = { at, id };
    }
    const since = args.since ? new Date(args.since).toISOString() : null;
    const rows = await ctx.repositories.audit.page(
      { subject: args.subject ?? null, operation: args.operation ?? null, key: args.key ?? null, since },
      after,
      size + 1,
    );
    return toPage(rows, size, (row) => [row.at, row.id], AuditEntry.from, after !== null);
  }
}
