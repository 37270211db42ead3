import { Arg, Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { EDITOR_ROLE } from '../auth/viewer';
import type { Context } from '../context';
import { importRecordsEdit } from './import-records.edit';
import { ImportRecordsArgs } from './import-records.args';
import { ImportResult } from './import-result.type';
import { checkIdempotencyKey, IDEMPOTENCY_KEY_ARG } from './idempotency';
import { requireViewer } from './require-viewer';

@Resolver()
export class ImportRecordsMutation {
  @Authorized(EDITOR_ROLE)
  @Mutation(() => ImportResult, {
    description:
      "Imports a batch of NDJSON records with the importer's checks, all or nothing (role editor). Problems name the line and field.",
  })
  async importRecords(
    @Args() { ndjson }: ImportRecordsArgs,
    @Arg('idempotencyKey', () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<ImportResult> {
    const key = checkIdempotencyKey(idempotencyKey);
    const { records, byKind } = await ctx.repositories.editing.apply(
      requireViewer(ctx),
      importRecordsEdit(ndjson),
      key,
    );
    return {
      records,
      byKind: Object.entries(byKind).map(([kind, count]) => ({ kind, count: count! })),
    };
  }
}
