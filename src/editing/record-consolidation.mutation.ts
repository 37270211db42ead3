import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { EDITOR_ROLE } from '../auth/viewer';
import { Consolidation } from '../consolidation/consolidation.type';
import type { Context } from '../context';
import { recordConsolidationEdit } from './record-consolidation.edit';
import { RecordConsolidationInput } from './record-consolidation.input';
import { checkIdempotencyKey, IDEMPOTENCY_KEY_ARG } from './idempotency';
import { requireViewer } from './require-viewer';

@Resolver()
export class RecordConsolidationMutation {
  @Authorized(EDITOR_ROLE)
  @Mutation(() => Consolidation, {
    description:
      'Records a new consolidation with the rulings it issues (new or existing) and repeals, in one transaction (role editor). BAD_USER_INPUT for unknown references, CONFLICT for a repeal dated before its ruling, a second full repeal or a lineage cycle.',
  })
  async recordConsolidation(
    @Arg('input', () => RecordConsolidationInput, {
      description: 'The consolidation, the rulings it issues and the rulings it repeals.',
    })
    input: RecordConsolidationInput,
    @Arg('idempotencyKey', () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<Consolidation> {
    const key = checkIdempotencyKey(idempotencyKey);
    await ctx.repositories.editing.apply(requireViewer(ctx), recordConsolidationEdit(input), key);
    return Consolidation.from((await ctx.loaders.consolidationById.load(input.id))!);
  }
}
