import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { EDITOR_ROLE } from '../auth/viewer';
import type { Context } from '../context';
import { Ruling } from '../ruling/ruling.type';
import { checkIdempotencyKey, IDEMPOTENCY_KEY_ARG } from './idempotency';
import { requireViewer } from './require-viewer';
import { updateRulingEdit } from './update-ruling.edit';
import { UpdateRulingInput } from './update-ruling.input';

@Resolver()
export class UpdateRulingMutation {
  @Authorized(EDITOR_ROLE)
  @Mutation(() => Ruling, {
    description:
      'Changes fields of a ruling (role editor); fields left out keep their value. NOT_FOUND for an unknown number.',
  })
  async updateRuling(
    @Arg('input', () => UpdateRulingInput, { description: "The ruling's number and the fields to change." })
    input: UpdateRulingInput,
    @Arg('idempotencyKey', () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<Ruling> {
    const key = checkIdempotencyKey(idempotencyKey);
    const edit = updateRulingEdit(input);
    await ctx.repositories.editing.apply(requireViewer(ctx), edit, key);
    return Ruling.from((await ctx.loaders.rulingByNumber.load(edit.number))!);
  }
}
