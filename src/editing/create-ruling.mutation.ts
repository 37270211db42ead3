import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { EDITOR_ROLE } from '../auth/viewer';
import type { Context } from '../context';
import { Ruling } from '../ruling/ruling.type';
import { createRulingEdit } from './create-ruling.edit';
import { checkIdempotencyKey, IDEMPOTENCY_KEY_ARG } from './idempotency';
import { requireViewer } from './require-viewer';
import { NewRulingInput } from './ruling-fields.input';

@Resolver()
export class CreateRulingMutation {
  @Authorized(EDITOR_ROLE)
  @Mutation(() => Ruling, { description: 'Creates a principle ruling (role editor). CONFLICT if the number is taken.' })
  async createRuling(
    @Arg('input', () => NewRulingInput, { description: 'The new ruling; its number must not exist yet.' })
    input: NewRulingInput,
    @Arg('idempotencyKey', () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<Ruling> {
    const key = checkIdempotencyKey(idempotencyKey);
    const edit = createRulingEdit(input);
    await ctx.repositories.editing.apply(requireViewer(ctx), edit, key);
    return Ruling.from((await ctx.loaders.rulingByNumber.load(edit.number))!);
  }
}
