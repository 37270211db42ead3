import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { EDITOR_ROLE } from '../auth/viewer';
import type { Context } from '../context';
import { Paragraph } from '../paragraph/paragraph.type';
import { addParagraphSuccessionEdit } from './add-paragraph-succession.edit';
import { AddParagraphSuccessionInput } from './add-paragraph-succession.input';
import { checkIdempotencyKey, IDEMPOTENCY_KEY_ARG } from './idempotency';
import { requireViewer } from './require-viewer';

@Resolver()
export class AddParagraphSuccessionMutation {
  @Authorized(EDITOR_ROLE)
  @Mutation(() => Paragraph, {
    description:
      'Records that `from` is succeeded by `to` (role editor); returns `to`. CONFLICT if succession would become circular.',
  })
  async addParagraphSuccession(
    @Arg('input', () => AddParagraphSuccessionInput, {
      description: 'The older paragraph, the newer one and the day the change took effect.',
    })
    input: AddParagraphSuccessionInput,
    @Arg('idempotencyKey', () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<Paragraph> {
    const key = checkIdempotencyKey(idempotencyKey);
    const edit = addParagraphSuccessionEdit(input);
    await ctx.repositories.editing.apply(requireViewer(ctx), edit, key);
    return Paragraph.from((await ctx.loaders.paragraphByRef.load(edit.to))!);
  }
}
